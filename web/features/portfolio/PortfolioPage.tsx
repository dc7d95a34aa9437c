// Placeholder until this page is built.
export function PortfolioPage() {
  return <h1>Portfolio</h1>;
}
