// Placeholder until this page is built.
export function ZonePage() {
  return <h1>Zone</h1>;
}
