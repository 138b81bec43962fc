/* sw-verdict.h — the result of weighing a dataset: verdict, scores, reasons, tipping points
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "sw-dataset.h"

G_BEGIN_DECLS

typedef enum
{
  SW_VERDICT_KIND_TECHNOLOGY,  /* one technology fits better: the leader */
  SW_VERDICT_KIND_HYBRID,      /* each technology wins clearly on different heavy criteria */
  SW_VERDICT_KIND_UNDECIDED,   /* no priority set, or too close with no clear split */
} SwVerdictKind;

typedef enum
{
  SW_UNDECIDED_NONE,           /* the verdict is not undecided */
  SW_UNDECIDED_NO_PRIORITY,    /* every weight is 0 */
  SW_UNDECIDED_TOO_CLOSE,      /* the margin is under SW_VERDICT_UNDECIDED_MARGIN */
  SW_UNDECIDED_SITUATION_ONLY, /* the only weights above 0 are on the team's situation, which favours nothing as stated */
} SwUndecidedReason;

typedef enum
{
  SW_CONFIDENCE_CLOSE_CALL,
  SW_CONFIDENCE_LEANING,
  SW_CONFIDENCE_CLEAR,
} SwConfidence;

typedef enum
{
  SW_TIPPING_RAISE,            /* raising the weight above `at` changes the leader */
  SW_TIPPING_LOWER,            /* lowering the weight below `at` changes the leader */
} SwTippingDirection;

/* The thresholds of docs/scoring.md. Every one reads the weights as shares of
 * their total, so multiplying all weights by the same factor changes nothing. */
/* Confidence comes from the leader's probability in the robustness estimate. */
#define SW_VERDICT_CLEAR_PROBABILITY   0.95
#define SW_VERDICT_LEANING_PROBABILITY 0.80
/* In points on the 0–100 scale. */
#define SW_VERDICT_UNDECIDED_MARGIN    2.0
/* A hybrid needs a margin under this: a bigger lead is no reason to split. */
#define SW_VERDICT_HYBRID_MAX_MARGIN  15.0
/* A criterion is heavily weighted when its share of the total is at least
 * 0.20 and at least 0.6 × the largest share. */
#define SW_VERDICT_HEAVY_SHARE         0.20
#define SW_VERDICT_HEAVY_FRACTION      0.6
/* A technology wins a criterion clearly when its fit beats every other by >= 3. */
#define SW_VERDICT_CLEAR_WIN           3.0
/* The hybrid split lists criteria weighted >= 0.5 × the largest weight,
 * each under the technology whose fit beats every other by >= 2 (fits carry
 * about ±1 of uncertainty, so a 1-point lead is no reason to split a system). */
#define SW_VERDICT_SPLIT_FRACTION      0.5
#define SW_VERDICT_SPLIT_WIN           2.0

typedef struct
{
  guint   criterion;   /* index into the dataset's criteria */
  double  weight;      /* the weight it had (0..10) */
  double  points;      /* signed share of the margin: > 0 favours the leader */
  int     favours;     /* technology index (leader or runner-up), -1 when the fits are equal */
} SwContribution;

typedef struct
{
  guint              criterion;
  double             at;          /* the slider value where the leader changes, every other
                                   * slider held; may lie above 10 (see share) */
  double             share;       /* the criterion's share of the weight there, 0..1 */
  int                new_leader;  /* technology index that leads just past `at` */
  SwTippingDirection direction;
} SwTippingPoint;

/* One part of the smallest change that ties the leader with another technology. */
typedef struct
{
  guint   from;        /* criterion losing weight */
  guint   to;          /* criterion gaining it */
  double  share;       /* how much, as a share of the total weight (0..1) */
} SwFlipMove;

#define SW_TYPE_VERDICT (sw_verdict_get_type ())

typedef struct _SwVerdict SwVerdict;

GType                 sw_verdict_get_type                (void) G_GNUC_CONST;

/* Arrays sized for the dataset, allocated once; sw_evaluate() fills them.
 * A fresh verdict is undecided (no priority). */
SwVerdict            *sw_verdict_new                     (SwDataset *dataset);
SwVerdict            *sw_verdict_ref                     (SwVerdict *self);
void                  sw_verdict_unref                   (SwVerdict *self);

SwDataset            *sw_verdict_get_dataset             (SwVerdict *self);
/* The weights it was computed from, clamped to 0..10, in criteria order. */
const double         *sw_verdict_get_weights             (SwVerdict *self);
double                sw_verdict_get_weight              (SwVerdict *self,
                                                          guint      criterion);

SwVerdictKind         sw_verdict_get_kind                (SwVerdict *self);
SwUndecidedReason     sw_verdict_get_undecided_reason    (SwVerdict *self);
/* The highest score (ties go to the first in dataset order); -1 when no priority is set.
 * It is the leader even when the verdict is hybrid or undecided. */
int                   sw_verdict_get_leader              (SwVerdict *self);
int                   sw_verdict_get_runner_up           (SwVerdict *self);
/* 0..100 */
double                sw_verdict_get_score               (SwVerdict *self,
                                                          guint      technology);
double                sw_verdict_get_margin              (SwVerdict *self);
/* Fills @order (n_technologies entries) with the technologies by score,
 * highest first; dataset order among equals. */
void                  sw_verdict_get_ranking             (SwVerdict *self,
                                                          guint     *order);
/* The answer's stable id, for JSON: the leading technology's id, "hybrid" or
 * "undecided". sw_verdict_kind_get_id gives it for a kind and leader found
 * elsewhere (a participant's answer without them, in SwTeam). */
const char           *sw_verdict_get_answer_id           (SwVerdict *self);
const char           *sw_verdict_kind_get_id             (SwVerdictKind kind,
                                                          SwDataset    *dataset,
                                                          int           leader);
/* From the leader's probability in the robustness estimate (SW_VERDICT_*_PROBABILITY);
 * a close call until robustness is estimated. */
SwConfidence          sw_verdict_get_confidence          (SwVerdict *self);
/* "clear", "leaning", "close call" (stable, for JSON); the label is translated. */
const char           *sw_verdict_get_confidence_id       (SwVerdict *self);
const char           *sw_verdict_get_confidence_label    (SwVerdict *self);

/* Criteria with a weight above 0, largest |points| first; they sum to the margin. */
guint                 sw_verdict_get_n_contributions     (SwVerdict *self);
const SwContribution *sw_verdict_get_contribution        (SwVerdict *self,
                                                          guint      index);

/* Smallest change first: by how far the criterion's share must move. */
guint                 sw_verdict_get_n_tipping_points    (SwVerdict *self);
const SwTippingPoint *sw_verdict_get_tipping_point       (SwVerdict *self,
                                                          guint      index);

/* Only when the kind is hybrid: each technology's criteria, heaviest first
 * (a technology may have none when there are more than two). */
guint                 sw_verdict_get_n_hybrid_criteria   (SwVerdict *self,
                                                          guint      technology);
guint                 sw_verdict_get_hybrid_criterion    (SwVerdict *self,
                                                          guint      technology,
                                                          guint      index);

/* The smallest change of proportions that ties the leader with another technology:
 * the least total share of weight moved between criteria (docs/scoring.md, "The
 * smallest change"). FALSE when no priority is set or nothing can tie. */
gboolean              sw_verdict_has_flip                (SwVerdict *self);
guint                 sw_verdict_get_n_flip_moves        (SwVerdict *self);
const SwFlipMove     *sw_verdict_get_flip_move           (SwVerdict *self,
                                                          guint      index);
/* The sum of the moves' shares, 0..1. */
double                sw_verdict_get_flip_share_moved    (SwVerdict *self);
/* The technology tied with the leader after the moves (it leads just past them). */
int                   sw_verdict_get_flip_new_leader     (SwVerdict *self);
/* The weights (as shares, summing to 1) after the moves; n_criteria of them. */
void                  sw_verdict_apply_flip              (SwVerdict *self,
                                                          double    *out_shares);
/* "Moving 7% of the weight from Data & ML to JavaScript skills would tie Python with Node.js."
 * NULL without a flip. */
char                 *sw_verdict_dup_flip_sentence       (SwVerdict *self);

/* Robustness is estimated separately (it is slower): see sw-robustness.h. */
gboolean              sw_verdict_has_robustness          (SwVerdict *self);
/* 0..1, the share of plausible cases where this technology leads; 0 when not estimated.
 * Setting it also sets the confidence from the leader's probability. */
double                sw_verdict_get_robustness          (SwVerdict *self,
                                                          guint      technology);
void                  sw_verdict_set_robustness          (SwVerdict    *self,
                                                          const double *probabilities);

/* Ready-made sentences (translated; numbers with one decimal). */
char                 *sw_verdict_dup_headline            (SwVerdict *self);
char                 *sw_verdict_dup_tipping_point_sentence (SwVerdict *self,
                                                             guint      index);
char                 *sw_verdict_dup_contribution_sentence  (SwVerdict *self,
                                                             guint      index);
/* NULL when robustness was not estimated or no priority is set. */
char                 *sw_verdict_dup_robustness_sentence    (SwVerdict *self);

/* One decimal, never "nan", "inf" or "-0.0". */
char                 *sw_format_number                   (double     value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwVerdict, sw_verdict_unref)

G_END_DECLS
