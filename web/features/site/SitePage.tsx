// Placeholder until this page is built.
export function SitePage() {
  return <h1>Site</h1>;
}
