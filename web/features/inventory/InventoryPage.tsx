// Placeholder until this page is built.
export function InventoryPage() {
  return <h1>Inventory</h1>;
}
