/* sw-robustness.h — how often each technology leads when fits and weights vary plausibly
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "sw-dataset.h"
#include "sw-verdict.h"

G_BEGIN_DECLS

#define SW_ROBUSTNESS_DEFAULT_SAMPLES 4096

/* A seed derived from the dataset id and the weights' bits: the same input
 * always gives the same estimate. */
guint64  sw_robustness_seed                (SwDataset    *dataset,
                                            const double *weights);
/* Monte Carlo over n_samples plausible cases: each fit uniform in [low, high], each
 * weight above 0 moved by U(−1, 1) and clamped to 0..10 (weights at 0 stay 0).
 * out_probabilities (n_technologies) receives each technology's share of the cases
 * it leads; they sum to 1. All 0 when no weight is above 0. Allocation-free. */
void     sw_estimate_robustness            (SwDataset    *dataset,
                                            const double *weights,
                                            guint         n_samples,
                                            guint64       seed,
                                            double       *out_probabilities);
/* Estimates with the default samples and seed, and stores the result in the verdict. */
void     sw_verdict_estimate_robustness    (SwVerdict    *verdict);

G_END_DECLS
