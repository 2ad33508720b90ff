import ShellKit

/// The PIN model's help text: its topics and the shared verbs' wording that differs under it, from
/// `Help/pin.md` (embedded at build time; `HelpDocument` reads it).
let pinHelp = HelpDocument(
    embedded: PackageResources.pin_md, file: "Sources/PINShell/Help/pin.md")

/// `help estimate`.
let pinEstimateHelp =
    "estimate: fits alpha, delta, mu, eps_buy and eps_sell by maximum likelihood on the days held. The log-likelihood is the full one, ln Π P(B, S), including −Σ ln(B!·S!) (some packages leave that constant out, so their numbers differ by it), in Lin and Ke's (2011) factorisation: the three day types' terms are combined by log-sum-exp around the largest, so days of 10^4 trades and more never overflow. The search is Newton's method with Levenberg–Marquardt damping and an analytic gradient and Hessian, run from every start of Yan and Zhang's (2012) grid (alpha, delta, gamma on 0.1 … 0.9) and of Ersan and Alici's (2016) clusters of |B − S|; the best is kept, and the count of starts that reached it (within 0.001) says how often a single start would have stopped at a lower local maximum. Standard errors come from the observed information, the inverse of minus the analytic Hessian at the estimate (tested against finite differences); PIN's from the delta method. The no-event point (alpha 0, eps_buy and eps_sell the mean counts, its log-likelihood in closed form) is always a candidate: when the best fit sits there, PIN is 0 and mu and delta are not identified (null in --json), since without events the counts do not depend on them. A parameter at a bound (alpha or delta at 0 or 1, a rate at 0) gets none: the maximum is not interior there, and the others' are then conditional on it. Each day's posterior type comes from the estimate."
