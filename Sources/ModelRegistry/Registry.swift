import BinaryShell
import CopelandShell
import InventoryShell
import KyleShell
import NormalShell
import PINShell
import RollShell
import ShellKit

/// The models glosten ships, in the order `model` lists them; a shell opens under the first.
/// This is the one place that names every model: a new model is its module and one line here.
/// The course follows this order (each model's lessons), and closes with the lesson across them.
public let glostenModels = ModelCatalog(
    [
        .binary,
        .normal,
        .kyle,
        .roll,
        .inventory,
        .pin,
        .copeland,
    ],
    closingLessons: ["comparative"])
