// Placeholder until this page is built.
export function SiteFilesPage() {
  return <h1>Site files</h1>;
}
