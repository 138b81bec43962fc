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

  /* The smallest change that ties the leader with another technology. */
  guint              n_flip_moves;     /* 0: no flip */
  SwFlipMove        *flip_moves;       /* n_criteria */
  double             flip_share_moved;
  int                flip_new_leader;

  /* For a team's verdict: each criterion's spread of the participants' shares,
   * part of the robustness estimate's uncertainty; NULL for one person. */
  double            *share_spread;     /* n_criteria or NULL */

  gboolean           has_robustness;
  double            *robustness;       /* n_technologies */

  double            *scratch;          /* n_technologies: the evaluator's per-technology sums */
  guint             *order;            /* n_criteria: the evaluator's sort space */
};

/* Fills the verdict's tipping points with those of one person's sliders
 * (person_weights, clamped) for the answer led by `leader`, where every
 * technology's total is others[t] + Σ_c s_c f_tc with s the person's shares
 * (others NULL: the person alone). sw-evaluate.c. */
void sw_verdict_find_person_tipping_points (SwVerdict    *self,
                                            const double *person_weights,
                                            const double *others,
                                            int           leader);
/* Sets (copies) or clears the team's spread of shares. sw-verdict.c. */
void sw_verdict_set_share_spread           (SwVerdict    *self,
                                            const double *spread);

G_END_DECLS
