// Placeholder until this page is built.
export function ControlsPage() {
  return <h1>Compensating controls</h1>;
}
