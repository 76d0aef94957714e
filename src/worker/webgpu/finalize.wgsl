// Each arm's objective (mean cross-entropy plus wd/2·Σ‖K‖², as minimize() returns it) folded into its
// loss moving average; then Adam's running β powers advance. One workgroup; one thread per arm.

@compute @workgroup_size(WG)
fn main(@builtin(local_invocation_index) lid: u32) {
  if (lid < A) {
    var crossEntropy = 0.0;
    for (var b = 0u; b < B; b++) {
      crossEntropy += work[LOSS_OFF + lid * B + b];
    }
    var squares = 0.0;
    let groups = ARM_STRIDE / OPT_WG;
    for (var g = 0u; g < groups; g++) {
      squares += work[PARTIAL_OFF + lid * groups + g];
    }
    let cost = crossEntropy / f32(B) + WEIGHT_DECAY / 2.0 * squares;
    state[EMA_OFF + lid] = EMA_DECAY * state[EMA_OFF + lid] + EMA_KEEP * cost;
  }
  if (lid == 0u) {
    state[ACC_BETA1] = state[ACC_BETA1] * BETA1;
    state[ACC_BETA2] = state[ACC_BETA2] * BETA2;
  }
}
