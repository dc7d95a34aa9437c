// Placeholder until this page is built.
export function TokensPage() {
  return <h1>API tokens</h1>;
}
