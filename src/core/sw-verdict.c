/* sw-verdict.c — the result of weighing a dataset: verdict, scores, reasons, tipping points
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sw-verdict-private.h"
#include "sw-weight.h"

G_DEFINE_BOXED_TYPE (SwVerdict, sw_verdict, sw_verdict_ref, sw_verdict_unref)

SwVerdict *
sw_verdict_new (SwDataset *dataset)
{
  SwVerdict *self;
  guint n_technologies;
  guint n_criteria;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);

  n_technologies = sw_dataset_get_n_technologies (dataset);
  n_criteria = sw_dataset_get_n_criteria (dataset);

  self = g_new0 (SwVerdict, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->dataset = g_object_ref (dataset);
  self->n_technologies = n_technologies;
  self->n_criteria = n_criteria;
  self->weights = g_new0 (double, n_criteria);
  self->scores = g_new0 (double, n_technologies);
  self->contributions = g_new0 (SwContribution, n_criteria);
  self->tipping_points = g_new0 (SwTippingPoint, 2 * n_criteria);
  self->hybrid_criteria = g_new0 (guint, n_criteria);
  self->hybrid_offsets = g_new0 (guint, n_technologies + 1);
  self->robustness = g_new0 (double, n_technologies);
  self->scratch = g_new0 (double, n_technologies);
  self->order = g_new0 (guint, n_criteria);
  self->flip_moves = g_new0 (SwFlipMove, n_criteria);
  self->flip_new_leader = -1;

  self->leader = -1;
  self->runner_up = -1;
  self->kind = SW_VERDICT_KIND_UNDECIDED;
  self->undecided_reason = SW_UNDECIDED_NO_PRIORITY;
  self->confidence = SW_CONFIDENCE_CLOSE_CALL;

  return self;
}

SwVerdict *
sw_verdict_ref (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
sw_verdict_unref (SwVerdict *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  g_clear_object (&self->dataset);
  g_free (self->weights);
  g_free (self->scores);
  g_free (self->contributions);
  g_free (self->tipping_points);
  g_free (self->hybrid_criteria);
  g_free (self->hybrid_offsets);
  g_free (self->robustness);
  g_free (self->scratch);
  g_free (self->order);
  g_free (self->flip_moves);
  g_free (self->share_spread);
  g_free (self);
}

SwDataset *
sw_verdict_get_dataset (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->dataset;
}

const double *
sw_verdict_get_weights (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->weights;
}

double
sw_verdict_get_weight (SwVerdict *self,
                       guint      criterion)
{
  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (criterion < self->n_criteria, 0.0);

  return self->weights[criterion];
}

SwVerdictKind
sw_verdict_get_kind (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, SW_VERDICT_KIND_UNDECIDED);

  return self->kind;
}

SwUndecidedReason
sw_verdict_get_undecided_reason (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, SW_UNDECIDED_NONE);

  return self->undecided_reason;
}

int
sw_verdict_get_leader (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->leader;
}

int
sw_verdict_get_runner_up (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->runner_up;
}

double
sw_verdict_get_score (SwVerdict *self,
                      guint      technology)
{
  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (technology < self->n_technologies, 0.0);

  return self->scores[technology];
}

double
sw_verdict_get_margin (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->margin;
}

void
sw_verdict_get_ranking (SwVerdict *self,
                        guint     *order)
{
  guint n_technologies;

  g_return_if_fail (self != NULL);
  g_return_if_fail (order != NULL);

  n_technologies = sw_dataset_get_n_technologies (self->dataset);

  /* Insertion sort: a handful of technologies, stable, no allocation. */
  for (guint t = 0; t < n_technologies; t++)
    {
      guint j = t;

      while (j > 0 && self->scores[order[j - 1]] < self->scores[t])
        {
          order[j] = order[j - 1];
          j--;
        }
      order[j] = t;
    }
}

const char *
sw_verdict_kind_get_id (SwVerdictKind kind,
                        SwDataset    *dataset,
                        int           leader)
{
  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);

  switch (kind)
    {
    case SW_VERDICT_KIND_TECHNOLOGY:
      if (leader >= 0 && (guint) leader < sw_dataset_get_n_technologies (dataset))
        return sw_dataset_get_technology (dataset, leader)->id;
      return "undecided";
    case SW_VERDICT_KIND_HYBRID:
      return "hybrid";
    case SW_VERDICT_KIND_UNDECIDED:
    default:
      return "undecided";
    }
}

const char *
sw_verdict_get_answer_id (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return sw_verdict_kind_get_id (self->kind, self->dataset, self->leader);
}

SwConfidence
sw_verdict_get_confidence (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, SW_CONFIDENCE_CLOSE_CALL);

  return self->confidence;
}

const char *
sw_verdict_get_confidence_id (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->confidence)
    {
    case SW_CONFIDENCE_CLEAR:
      return "clear";
    case SW_CONFIDENCE_LEANING:
      return "leaning";
    case SW_CONFIDENCE_CLOSE_CALL:
    default:
      return "close call";
    }
}

const char *
sw_verdict_get_confidence_label (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  switch (self->confidence)
    {
    case SW_CONFIDENCE_CLEAR:
      return C_("confidence", "clear");
    case SW_CONFIDENCE_LEANING:
      return C_("confidence", "leaning");
    case SW_CONFIDENCE_CLOSE_CALL:
    default:
      return C_("confidence", "close call");
    }
}

guint
sw_verdict_get_n_contributions (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_contributions;
}

const SwContribution *
sw_verdict_get_contribution (SwVerdict *self,
                             guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_contributions, NULL);

  return &self->contributions[index];
}

guint
sw_verdict_get_n_tipping_points (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_tipping_points;
}

const SwTippingPoint *
sw_verdict_get_tipping_point (SwVerdict *self,
                              guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_tipping_points, NULL);

  return &self->tipping_points[index];
}

guint
sw_verdict_get_n_hybrid_criteria (SwVerdict *self,
                                  guint      technology)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (technology < self->n_technologies, 0);

  return self->hybrid_offsets[technology + 1] - self->hybrid_offsets[technology];
}

guint
sw_verdict_get_hybrid_criterion (SwVerdict *self,
                                 guint      technology,
                                 guint      index)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (index < sw_verdict_get_n_hybrid_criteria (self, technology), 0);

  return self->hybrid_criteria[self->hybrid_offsets[technology] + index];
}

gboolean
sw_verdict_has_robustness (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->has_robustness;
}

double
sw_verdict_get_robustness (SwVerdict *self,
                           guint      technology)
{
  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (technology < self->n_technologies, 0.0);

  return self->has_robustness ? self->robustness[technology] : 0.0;
}

void
sw_verdict_set_robustness (SwVerdict    *self,
                           const double *probabilities)
{
  g_return_if_fail (self != NULL);

  if (probabilities == NULL)
    {
      self->has_robustness = FALSE;
      return;
    }

  for (guint t = 0; t < self->n_technologies; t++)
    self->robustness[t] = isfinite (probabilities[t]) ? CLAMP (probabilities[t], 0.0, 1.0) : 0.0;
  self->has_robustness = TRUE;

  /* The confidence word reads the leader's probability. */
  if (self->leader < 0)
    self->confidence = SW_CONFIDENCE_CLOSE_CALL;
  else if (self->robustness[self->leader] >= SW_VERDICT_CLEAR_PROBABILITY)
    self->confidence = SW_CONFIDENCE_CLEAR;
  else if (self->robustness[self->leader] >= SW_VERDICT_LEANING_PROBABILITY)
    self->confidence = SW_CONFIDENCE_LEANING;
  else
    self->confidence = SW_CONFIDENCE_CLOSE_CALL;
}

void
sw_verdict_set_share_spread (SwVerdict    *self,
                             const double *spread)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->share_spread, g_free);
  if (spread != NULL)
    self->share_spread = g_memdup2 (spread, sizeof (double) * self->n_criteria);
}

gboolean
sw_verdict_has_flip (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->n_flip_moves > 0;
}

guint
sw_verdict_get_n_flip_moves (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_flip_moves;
}

const SwFlipMove *
sw_verdict_get_flip_move (SwVerdict *self,
                          guint      index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_flip_moves, NULL);

  return &self->flip_moves[index];
}

double
sw_verdict_get_flip_share_moved (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->flip_share_moved;
}

int
sw_verdict_get_flip_new_leader (SwVerdict *self)
{
  g_return_val_if_fail (self != NULL, -1);

  return self->flip_new_leader;
}

void
sw_verdict_apply_flip (SwVerdict *self,
                       double    *out_shares)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (out_shares != NULL);

  for (guint c = 0; c < self->n_criteria; c++)
    out_shares[c] = self->weight_sum > 0.0 ? self->weights[c] / self->weight_sum : 0.0;
  for (guint i = 0; i < self->n_flip_moves; i++)
    {
      out_shares[self->flip_moves[i].from] -= self->flip_moves[i].share;
      out_shares[self->flip_moves[i].to] += self->flip_moves[i].share;
    }
  /* Taking a whole share may leave a rounding crumb below 0. */
  for (guint c = 0; c < self->n_criteria; c++)
    out_shares[c] = MAX (out_shares[c], 0.0);
}

char *
sw_format_number (double value)
{
  if (!isfinite (value))
    value = 0.0;

  value = round (value * 10.0) / 10.0;
  /* Rounding -0.04 gives -0.0; nobody wants to read that. */
  if (value == 0.0)
    value = 0.0;

  return g_strdup_printf ("%.1f", value);
}

static const char *
technology_name (SwVerdict *self,
                 int        technology)
{
  return sw_dataset_get_technology (self->dataset, technology)->name;
}

static const char *
criterion_name (SwVerdict *self,
                guint      criterion)
{
  return sw_dataset_get_criterion (self->dataset, criterion)->name;
}

static char *
dup_hybrid_headline (SwVerdict *self)
{
  g_autoptr(GString) parts = g_string_new (NULL);

  for (guint t = 0; t < self->n_technologies; t++)
    {
      guint n = sw_verdict_get_n_hybrid_criteria (self, t);
      g_autoptr(GString) names = g_string_new (NULL);

      if (n == 0)
        continue;

      for (guint i = 0; i < n; i++)
        {
          if (i > 0)
            g_string_append (names, ", ");
          g_string_append (names, criterion_name (self, sw_verdict_get_hybrid_criterion (self, t, i)));
        }

      if (parts->len > 0)
        g_string_append (parts, "; ");
      /* Translators: one part of the hybrid split, e.g. "Node.js for Real-time features" */
      g_string_append_printf (parts, _("%s for %s"), technology_name (self, t), names->str);
    }

  /* Translators: %s is the split, e.g. "Node.js for Real-time features; Python for Data & ML" */
  return g_strdup_printf (_("Consider a hybrid: %s."), parts->str);
}

char *
sw_verdict_dup_headline (SwVerdict *self)
{
  g_autofree char *margin = NULL;
  g_autofree char *leader_score = NULL;
  g_autofree char *runner_score = NULL;
  const char *leader;
  const char *runner;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->kind == SW_VERDICT_KIND_UNDECIDED &&
      self->undecided_reason == SW_UNDECIDED_NO_PRIORITY)
    return g_strdup (_("Undecided: no priority is set yet; give at least one criterion a weight above 0."));

  if (self->kind == SW_VERDICT_KIND_UNDECIDED &&
      self->undecided_reason == SW_UNDECIDED_SITUATION_ONLY)
    return g_strdup (_("Undecided: the only priorities set depend on the team’s situation, which as "
                       "stated favours no technology; say which technology the existing systems use or "
                       "how well the team knows each one, or set another priority."));

  if (self->kind == SW_VERDICT_KIND_HYBRID)
    return dup_hybrid_headline (self);

  margin = sw_format_number (self->margin);
  leader_score = sw_format_number (self->scores[self->leader]);
  runner_score = sw_format_number (self->scores[self->runner_up]);
  leader = technology_name (self, self->leader);
  runner = technology_name (self, self->runner_up);

  if (self->kind == SW_VERDICT_KIND_UNDECIDED)
    /* Translators: "Undecided: Python and Node.js are too close to call (69.8 to 69.4) …" */
    return g_strdup_printf (_("Undecided: %s and %s are too close to call (%s to %s), "
                              "and neither wins clearly where it matters most."),
                            leader, runner, leader_score, runner_score);

  /* The confidence word needs the robustness estimate. */
  if (!self->has_robustness)
    /* Translators: "Node.js is the better fit: 28.6 points ahead of Python (84.7 to 56.1)." */
    return g_strdup_printf (_("%s is the better fit: %s points ahead of %s (%s to %s)."),
                            leader, margin, runner, leader_score, runner_score);

  switch (self->confidence)
    {
    case SW_CONFIDENCE_CLEAR:
      /* Translators: "Node.js is the better fit: a clear lead of 28.6 points over Python (84.7 to 56.1)." */
      return g_strdup_printf (_("%s is the better fit: a clear lead of %s points over %s (%s to %s)."),
                              leader, margin, runner, leader_score, runner_score);
    case SW_CONFIDENCE_LEANING:
      return g_strdup_printf (_("%s is the better fit, leaning: %s points ahead of %s (%s to %s)."),
                              leader, margin, runner, leader_score, runner_score);
    case SW_CONFIDENCE_CLOSE_CALL:
    default:
      return g_strdup_printf (_("%s is slightly ahead, a close call: %s points over %s (%s to %s)."),
                              leader, margin, runner, leader_score, runner_score);
    }
}

char *
sw_verdict_dup_tipping_point_sentence (SwVerdict *self,
                                       guint      index)
{
  const SwTippingPoint *point;
  g_autofree char *at = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_tipping_points, NULL);

  point = &self->tipping_points[index];

  /* Rounded outwards (up when raising, down when lowering), so that following
   * the sentence really flips the leader; at the ends of the scale, "to". */
  if (point->direction == SW_TIPPING_RAISE)
    {
      double shown = ceil (point->at * 10.0 - 1e-9) / 10.0;

      /* Beyond the slider's end with the others held: the share it needs,
       * which lowering the other sliders also gives. */
      if (shown > SW_WEIGHT_MAX)
        {
          double percent = MIN (ceil (point->share * 100.0 - 1e-9), 99.0);

          /* Translators: "Give Real-time features more than 59% of the weight and Node.js takes the lead." */
          return g_strdup_printf (_("Give %s more than %.0f%% of the weight and %s takes the lead."),
                                  criterion_name (self, point->criterion), percent,
                                  technology_name (self, point->new_leader));
        }

      if (shown >= SW_WEIGHT_MAX)
        /* Translators: "Raise Data & ML to 10 and Python takes the lead." */
        return g_strdup_printf (_("Raise %s to 10 and %s takes the lead."),
                                criterion_name (self, point->criterion),
                                technology_name (self, point->new_leader));

      at = sw_format_number (shown);
      /* Translators: "Raise Data & ML above 6.5 and Python takes the lead." */
      return g_strdup_printf (_("Raise %s above %s and %s takes the lead."),
                              criterion_name (self, point->criterion), at,
                              technology_name (self, point->new_leader));
    }
  else
    {
      double shown = floor (point->at * 10.0 + 1e-9) / 10.0;

      if (shown <= 0.0)
        /* Translators: "Lower Real-time features to 0 and Python takes the lead." */
        return g_strdup_printf (_("Lower %s to 0 and %s takes the lead."),
                                criterion_name (self, point->criterion),
                                technology_name (self, point->new_leader));

      at = sw_format_number (shown);
      /* Translators: "Lower Real-time features below 3.0 and Python takes the lead." */
      return g_strdup_printf (_("Lower %s below %s and %s takes the lead."),
                              criterion_name (self, point->criterion), at,
                              technology_name (self, point->new_leader));
    }
}

char *
sw_verdict_dup_contribution_sentence (SwVerdict *self,
                                      guint      index)
{
  const SwContribution *contribution;
  g_autofree char *weight = NULL;
  g_autofree char *points = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_contributions, NULL);

  contribution = &self->contributions[index];
  weight = sw_format_number (contribution->weight);
  points = sw_format_number (fabs (contribution->points));

  if (contribution->favours < 0)
    /* Translators: "Microservices (weight 5.0): no difference" */
    return g_strdup_printf (_("%s (weight %s): no difference"),
                            criterion_name (self, contribution->criterion), weight);

  /* Translators: "Real-time features (weight 8.0): 4.4 points for Node.js" */
  return g_strdup_printf (_("%s (weight %s): %s points for %s"),
                          criterion_name (self, contribution->criterion), weight, points,
                          technology_name (self, contribution->favours));
}

static char *
format_percent (double probability)
{
  double percent = round (probability * 100.0);

  /* "100%" and "0%" would claim certainty the sampling does not give. */
  if (probability < 1.0 && percent >= 100.0)
    /* Translators: a share of plausible cases, just under all of them */
    /* xgettext:no-c-format */
    return g_strdup (_(">99%"));
  if (probability > 0.0 && percent <= 0.0)
    /* Translators: a share of plausible cases, just over none of them */
    /* xgettext:no-c-format */
    return g_strdup (_("<1%"));

  /* Translators: a share of plausible cases, "87%"; %% is the percent sign */
  return g_strdup_printf (_("%.0f%%"), percent);
}

char *
sw_verdict_dup_robustness_sentence (SwVerdict *self)
{
  g_autoptr(GString) others = g_string_new (NULL);
  g_autofree char *leader_percent = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  if (!self->has_robustness || self->leader < 0)
    return NULL;

  /* Always about the technology the scores put first, so that the sentence
   * never names another one as the likelier answer; its probability says how
   * sure that is. */
  leader_percent = format_percent (self->robustness[self->leader]);

  /* With more than two, the others are named too: "…, Python in 10%, Go in 3%". */
  if (self->n_technologies > 2)
    {
      for (guint t = 0; t < self->n_technologies; t++)
        {
          g_autofree char *percent = NULL;

          if ((int) t == self->leader)
            continue;

          percent = format_percent (self->robustness[t]);
          /* Translators: "Python in 10%", following "Node.js leads in 87% of plausible cases" */
          g_string_append (others, ", ");
          g_string_append_printf (others, _("%s in %s"), technology_name (self, t), percent);
        }
    }

  /* Translators: "Node.js leads in 87% of plausible cases (each fit around its value, each weight ±30%)." */
  return g_strdup_printf (_("%s leads in %s of plausible cases%s (each fit around its value, each weight ±30%%)."),
                          technology_name (self, self->leader), leader_percent, others->str);
}

char *
sw_verdict_dup_flip_sentence (SwVerdict *self)
{
  g_autoptr(GString) sources = g_string_new (NULL);
  double percent;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->n_flip_moves == 0)
    return NULL;

  for (guint i = 0; i < self->n_flip_moves; i++)
    {
      if (i > 0 && i + 1 == self->n_flip_moves)
        /* Translators: before the last of the criteria weight is taken from, "Data & ML and Easy to learn" */
        g_string_append (sources, _(" and "));
      else if (i > 0)
        /* Translators: between the criteria weight is taken from, "Data & ML, CPU-heavy work and Easy to learn" */
        g_string_append (sources, _(", "));
      g_string_append (sources, criterion_name (self, self->flip_moves[i].from));
    }

  /* Rounded up, so that moving what the sentence says really reaches the tie. */
  percent = MAX (ceil (self->flip_share_moved * 100.0 - 1e-9), 1.0);

  /* Translators: "Moving 7% of the weight from Data & ML to JavaScript skills would tie Python with Node.js." */
  return g_strdup_printf (_("Moving %.0f%% of the weight from %s to %s would tie %s with %s."),
                          percent, sources->str,
                          criterion_name (self, self->flip_moves[0].to),
                          technology_name (self, self->leader),
                          technology_name (self, self->flip_new_leader));
}
