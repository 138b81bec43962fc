/* sw-verdict-private.h — the verdict's fields, shared by the evaluator and the robustness estimate
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "sw-verdict.h"

G_BEGIN_DECLS

struct _SwVerdict
{
  gatomicrefcount    ref_count;
  SwDataset         *dataset;
  guint              n_technologies;
  guint              n_criteria;

  double            *weights;          /* n_criteria */
  double             weight_sum;
  double            *scores;           /* n_technologies */
  int                leader;
  int                runner_up;
  double             margin;
  SwVerdictKind      kind;
  SwUndecidedReason  undecided_reason;
  SwConfidence       confidence;

  guint              n_contributions;
  SwContribution    *contributions;    /* n_criteria */

  guint              n_tipping_points;
  SwTippingPoint    *tipping_points;   /* 2 × n_criteria */

  /* Hybrid split: the criteria of technology t are
   * hybrid_criteria[hybrid_offsets[t] .. hybrid_offsets[t + 1]). */
  guint             *hybrid_criteria;  /* n_criteria */
  guint             *hybrid_offsets;   /* n_technologies + 1 */

  gboolean           has_robustness;
  double            *robustness;       /* n_technologies */

  double            *scratch;          /* n_technologies: the evaluator's per-technology sums */
};

G_END_DECLS
