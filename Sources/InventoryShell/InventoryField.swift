import ShellKit

/// The inventory model's own `--json` fields: the dealer's book and the customers' flow at the
/// quotes; a period's edge and quote move.
/// Every key the model writes is a case here (`record[InventoryField.inventory] = …`).
enum InventoryField: String, RecordField {
    case inventory
    case reservation
    case cash
    case wealth
    case pBuy = "p_buy"
    case pSell = "p_sell"
    case expectedDrift = "expected_drift"
    case edge
    case quoteMove = "quote_move"
}
