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
/* Each weight varies by up to this fraction of itself, either way. */
#define SW_ROBUSTNESS_WEIGHT_NOISE 0.3

/* A seed derived from the dataset id alone (weights is unused): every weighting
 * of a dataset meets the same plausible cases, so the same input always gives the
 * same estimate and a small change of the weights a small change of it. */
guint64  sw_robustness_seed                (SwDataset    *dataset,
                                            const double *weights);
/* Monte Carlo over n_samples plausible cases (docs/scoring.md, "Robustness"): the
 * weights are read as shares of their total; each share is multiplied by
 * 1 ± SW_ROBUSTNESS_WEIGHT_NOISE (uniform), and each fit is drawn within its range
 * around its value (mode and mean at the value). out_probabilities (n_technologies)
 * receives each technology's share of the cases it leads; they sum to 1. All 0 when
 * no weight is above 0. Allocation-free. */
void     sw_estimate_robustness            (SwDataset    *dataset,
                                            const double *weights,
                                            guint         n_samples,
                                            guint64       seed,
                                            double       *out_probabilities);
/* The same, where each share also varies uniformly with the standard deviation
 * share_spread[c] (a team's spread of its participants' shares; NULL for none). */
void     sw_estimate_robustness_full       (SwDataset    *dataset,
                                            const double *weights,
                                            const double *share_spread,
                                            guint         n_samples,
                                            guint64       seed,
                                            double       *out_probabilities);
/* Estimates with the default samples and seed (and a team's spread of shares, when
 * the verdict is a team's), and stores the result in the verdict. */
/* Estimates with the default samples and seed, and stores the result in the verdict. */
void     sw_verdict_estimate_robustness    (SwVerdict    *verdict);

G_END_DECLS
