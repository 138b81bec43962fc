/* sw-team.c — team votes: the team's weights, each participant's verdict, consensus, leave-one-out
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The definitions and the reasons for them are in docs/scoring.md, "Team votes".
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sw-evaluate.h"
#include "sw-team.h"

struct _SwTeam
{
  gatomicrefcount  ref_count;

  SwDataset       *dataset;
  guint            n_participants;
  guint            n_criteria;

  double          *mean;            /* n_criteria */
  double          *spread;          /* n_criteria */
  SwVerdict       *verdict;
  SwVerdict      **own;             /* n_participants */
  SwVerdictKind   *kind_without;    /* n_participants */
  int             *leader_without;  /* n_participants */
  gboolean        *decisive;        /* n_participants */
  double           consensus;

  SwDisagreement   disagreements[SW_TEAM_MAX_DISAGREEMENTS];
  guint            n_disagreements;
};

G_DEFINE_BOXED_TYPE (SwTeam, sw_team, sw_team_ref, sw_team_unref)

void
sw_team_mean_weights (const double *weights,
                      guint         n_participants,
                      guint         n_criteria,
                      double       *out_mean)
{
  g_return_if_fail (weights != NULL || n_participants == 0);
  g_return_if_fail (out_mean != NULL || n_criteria == 0);

  for (guint c = 0; c < n_criteria; c++)
    {
      double sum = 0.0;

      for (guint p = 0; p < n_participants; p++)
        sum += sw_weight_clamp (weights[p * n_criteria + c]);
      out_mean[c] = n_participants > 0 ? sum / n_participants : 0.0;
    }
}

static double
row_sum (const double *row,
         guint         n_criteria)
{
  double sum = 0.0;

  for (guint c = 0; c < n_criteria; c++)
    sum += sw_weight_clamp (row[c]);

  return sum;
}

double
sw_team_consensus (const double *weights,
                   guint         n_participants,
                   guint         n_criteria)
{
  double total = 0.0;
  guint n_pairs = 0;

  g_return_val_if_fail (weights != NULL || n_participants == 0, 1.0);

  for (guint a = 0; a < n_participants; a++)
    {
      const double *row_a = weights + a * n_criteria;
      double sum_a = row_sum (row_a, n_criteria);

      if (sum_a <= 0.0)
        continue;

      for (guint b = a + 1; b < n_participants; b++)
        {
          const double *row_b = weights + b * n_criteria;
          double sum_b = row_sum (row_b, n_criteria);
          double overlap = 0.0;

          if (sum_b <= 0.0)
            continue;

          for (guint c = 0; c < n_criteria; c++)
            overlap += MIN (sw_weight_clamp (row_a[c]) / sum_a, sw_weight_clamp (row_b[c]) / sum_b);

          total += overlap;
          n_pairs++;
        }
    }

  if (n_pairs == 0)
    return 1.0;

  /* Rounding can push a perfect overlap a hair above 1. */
  return CLAMP (total / n_pairs, 0.0, 1.0);
}

gboolean
sw_team_same_verdict (SwVerdict *a,
                      SwVerdict *b)
{
  g_return_val_if_fail (a != NULL, FALSE);
  g_return_val_if_fail (b != NULL, FALSE);

  if (sw_verdict_get_kind (a) != sw_verdict_get_kind (b))
    return FALSE;
  if (sw_verdict_get_kind (a) == SW_VERDICT_KIND_TECHNOLOGY)
    return sw_verdict_get_leader (a) == sw_verdict_get_leader (b);

  return TRUE;
}

static void
compute_spread (SwTeam       *self,
                const double *weights)
{
  guint n = self->n_participants;

  for (guint c = 0; c < self->n_criteria; c++)
    {
      double sum_squares = 0.0;

      for (guint p = 0; p < n; p++)
        {
          double d = sw_weight_clamp (weights[p * self->n_criteria + c]) - self->mean[c];
          sum_squares += d * d;
        }
      self->spread[c] = sqrt (sum_squares / n);
    }
}

static void
find_disagreements (SwTeam       *self,
                    const double *weights)
{
  self->n_disagreements = 0;

  for (guint c = 0; c < self->n_criteria; c++)
    {
      SwDisagreement item = { .criterion = c, .spread = self->spread[c] };
      guint j;

      if (self->spread[c] < SW_TEAM_DISAGREEMENT_MIN_SPREAD)
        continue;

      item.lowest = SW_WEIGHT_MAX;
      item.highest = SW_WEIGHT_MIN;
      for (guint p = 0; p < self->n_participants; p++)
        {
          double w = sw_weight_clamp (weights[p * self->n_criteria + c]);
          item.lowest = MIN (item.lowest, w);
          item.highest = MAX (item.highest, w);
        }

      /* Insert into the short list, largest spread first; criteria order among equals. */
      j = MIN (self->n_disagreements, SW_TEAM_MAX_DISAGREEMENTS - 1);
      if (self->n_disagreements == SW_TEAM_MAX_DISAGREEMENTS &&
          self->disagreements[j].spread >= item.spread)
        continue;
      while (j > 0 && self->disagreements[j - 1].spread < item.spread)
        {
          self->disagreements[j] = self->disagreements[j - 1];
          j--;
        }
      self->disagreements[j] = item;
      if (self->n_disagreements < SW_TEAM_MAX_DISAGREEMENTS)
        self->n_disagreements++;
    }
}

/* Everyone but `left_out`: the mean of the others is the full sum minus one row,
 * over n − 1, so no per-participant copy of the weights is needed. */
static void
leave_one_out (SwTeam       *self,
               const double *weights,
               double       *scratch_weights,
               SwVerdict    *scratch)
{
  guint n = self->n_participants;

  for (guint p = 0; p < n; p++)
    {
      if (n < 2)
        {
          self->kind_without[p] = SW_VERDICT_KIND_UNDECIDED;
          self->leader_without[p] = -1;
          self->decisive[p] = FALSE;
          continue;
        }

      for (guint c = 0; c < self->n_criteria; c++)
        scratch_weights[c] = (self->mean[c] * n - sw_weight_clamp (weights[p * self->n_criteria + c])) / (n - 1);

      sw_evaluate (self->dataset, scratch_weights, scratch);
      self->kind_without[p] = sw_verdict_get_kind (scratch);
      self->leader_without[p] = sw_verdict_get_leader (scratch);
      self->decisive[p] = !sw_team_same_verdict (self->verdict, scratch);
    }
}

SwTeam *
sw_team_new (SwDataset    *dataset,
             const double *weights,
             guint         n_participants)
{
  g_autoptr(SwVerdict) scratch = NULL;
  g_autofree double *scratch_weights = NULL;
  SwTeam *self;
  guint n_criteria;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (weights != NULL, NULL);
  g_return_val_if_fail (n_participants >= 1 && n_participants <= SW_TEAM_MAX_PARTICIPANTS, NULL);

  n_criteria = sw_dataset_get_n_criteria (dataset);

  self = g_new0 (SwTeam, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->dataset = g_object_ref (dataset);
  self->n_participants = n_participants;
  self->n_criteria = n_criteria;
  self->mean = g_new0 (double, n_criteria);
  self->spread = g_new0 (double, n_criteria);
  self->own = g_new0 (SwVerdict *, n_participants);
  self->kind_without = g_new0 (SwVerdictKind, n_participants);
  self->leader_without = g_new0 (int, n_participants);
  self->decisive = g_new0 (gboolean, n_participants);

  sw_team_mean_weights (weights, n_participants, n_criteria, self->mean);
  self->verdict = sw_evaluate_new (dataset, self->mean);

  for (guint p = 0; p < n_participants; p++)
    self->own[p] = sw_evaluate_new (dataset, weights + p * n_criteria);

  self->consensus = sw_team_consensus (weights, n_participants, n_criteria);
  compute_spread (self, weights);
  find_disagreements (self, weights);

  scratch = sw_verdict_new (dataset);
  scratch_weights = g_new0 (double, n_criteria);
  leave_one_out (self, weights, scratch_weights, scratch);

  return self;
}

SwTeam *
sw_team_ref (SwTeam *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
sw_team_unref (SwTeam *self)
{
  g_return_if_fail (self != NULL);

  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;

  for (guint p = 0; p < self->n_participants; p++)
    g_clear_pointer (&self->own[p], sw_verdict_unref);
  g_clear_pointer (&self->verdict, sw_verdict_unref);
  g_clear_object (&self->dataset);
  g_free (self->own);
  g_free (self->mean);
  g_free (self->spread);
  g_free (self->kind_without);
  g_free (self->leader_without);
  g_free (self->decisive);
  g_free (self);
}

SwDataset *
sw_team_get_dataset (SwTeam *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->dataset;
}

guint
sw_team_get_n_participants (SwTeam *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_participants;
}

const double *
sw_team_get_weights (SwTeam *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->mean;
}

SwVerdict *
sw_team_get_verdict (SwTeam *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->verdict;
}

SwVerdict *
sw_team_get_participant_verdict (SwTeam *self,
                                 guint   participant)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (participant < self->n_participants, NULL);

  return self->own[participant];
}

gboolean
sw_team_participant_agrees (SwTeam *self,
                            guint   participant)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (participant < self->n_participants, FALSE);

  return sw_team_same_verdict (self->own[participant], self->verdict);
}

guint
sw_team_get_n_agreeing (SwTeam *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint p = 0; p < self->n_participants; p++)
    if (sw_team_participant_agrees (self, p))
      n++;

  return n;
}

double
sw_team_get_consensus (SwTeam *self)
{
  g_return_val_if_fail (self != NULL, 1.0);

  return self->consensus;
}

guint
sw_team_get_n_disagreements (SwTeam *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_disagreements;
}

const SwDisagreement *
sw_team_get_disagreement (SwTeam *self,
                          guint   index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_disagreements, NULL);

  return &self->disagreements[index];
}

double
sw_team_get_spread (SwTeam *self,
                    guint   criterion)
{
  g_return_val_if_fail (self != NULL, 0.0);
  g_return_val_if_fail (criterion < self->n_criteria, 0.0);

  return self->spread[criterion];
}

gboolean
sw_team_is_decisive (SwTeam *self,
                     guint   participant)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (participant < self->n_participants, FALSE);

  return self->decisive[participant];
}

SwVerdictKind
sw_team_get_kind_without (SwTeam *self,
                          guint   participant)
{
  g_return_val_if_fail (self != NULL, SW_VERDICT_KIND_UNDECIDED);
  g_return_val_if_fail (participant < self->n_participants, SW_VERDICT_KIND_UNDECIDED);

  return self->kind_without[participant];
}

int
sw_team_get_leader_without (SwTeam *self,
                            guint   participant)
{
  g_return_val_if_fail (self != NULL, -1);
  g_return_val_if_fail (participant < self->n_participants, -1);

  return self->leader_without[participant];
}

guint
sw_team_get_n_decisive (SwTeam *self)
{
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint p = 0; p < self->n_participants; p++)
    if (self->decisive[p])
      n++;

  return n;
}

/* Text */

char *
sw_team_dup_verdict_label (SwVerdict *verdict)
{
  SwDataset *dataset;

  g_return_val_if_fail (verdict != NULL, NULL);

  dataset = sw_verdict_get_dataset (verdict);

  switch (sw_verdict_get_kind (verdict))
    {
    case SW_VERDICT_KIND_TECHNOLOGY:
      return g_strdup (sw_dataset_get_technology (dataset, sw_verdict_get_leader (verdict))->name);
    case SW_VERDICT_KIND_HYBRID:
      return g_strdup (_("Hybrid"));
    case SW_VERDICT_KIND_UNDECIDED:
    default:
      return g_strdup (_("Undecided"));
    }
}

char *
sw_team_dup_consensus_label (SwTeam *self)
{
  double percent;

  g_return_val_if_fail (self != NULL, NULL);

  /* Only identical priorities read 100%. */
  percent = round (self->consensus * 100.0);
  if (self->consensus < 1.0 && percent >= 100.0)
    percent = 99.0;

  /* Translators: the team's consensus figure, e.g. "Consensus 78%" */
  return g_strdup_printf (_("Consensus %.0f%%"), percent);
}

char *
sw_team_dup_agreement_sentence (SwTeam *self)
{
  guint n_agreeing;

  g_return_val_if_fail (self != NULL, NULL);

  n_agreeing = sw_team_get_n_agreeing (self);

  /* Translators: "2 of 3 participants reach the team's verdict on their own." */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "%u of %u participant reaches the team's verdict on their own.",
                                       "%u of %u participants reach the team's verdict on their own.",
                                       self->n_participants),
                          n_agreeing, self->n_participants);
}

char *
sw_team_dup_disagreement_sentence (SwTeam *self,
                                   guint   index)
{
  const SwDisagreement *item;
  g_autofree char *lowest = NULL;
  g_autofree char *highest = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_disagreements, NULL);

  item = &self->disagreements[index];
  lowest = sw_format_number (item->lowest);
  highest = sw_format_number (item->highest);

  /* Translators: "Data & ML: weights from 2.0 to 9.0" */
  return g_strdup_printf (_("%s: weights from %s to %s"),
                          sw_dataset_get_criterion (self->dataset, item->criterion)->name,
                          lowest, highest);
}

char *
sw_team_dup_without_sentence (SwTeam     *self,
                              guint       participant,
                              const char *name)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (participant < self->n_participants, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  if (self->n_participants < 2)
    return NULL;

  if (!self->decisive[participant])
    /* Translators: "Without Ana, the verdict stays the same." */
    return g_strdup_printf (_("Without %s, the verdict stays the same."), name);

  switch (self->kind_without[participant])
    {
    case SW_VERDICT_KIND_TECHNOLOGY:
      /* Translators: "Without Ana, Python would be the better fit." */
      return g_strdup_printf (_("Without %s, %s would be the better fit."), name,
                              sw_dataset_get_technology (self->dataset,
                                                         self->leader_without[participant])->name);
    case SW_VERDICT_KIND_HYBRID:
      /* Translators: "Without Ana, the verdict would be a hybrid." */
      return g_strdup_printf (_("Without %s, the verdict would be a hybrid."), name);
    case SW_VERDICT_KIND_UNDECIDED:
    default:
      /* Translators: "Without Ana, the verdict would be undecided." */
      return g_strdup_printf (_("Without %s, the verdict would be undecided."), name);
    }
}

char *
sw_team_format_text (SwTeam             *self,
                     const char * const *names)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *consensus = NULL;
  g_autofree char *agreement = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (names != NULL, NULL);

  consensus = sw_team_dup_consensus_label (self);
  agreement = sw_team_dup_agreement_sentence (self);
  g_string_append_printf (text, "%s. %s\n", consensus, agreement);

  for (guint p = 0; p < self->n_participants; p++)
    {
      g_autofree char *label = sw_team_dup_verdict_label (self->own[p]);
      g_autofree char *without = sw_team_dup_without_sentence (self, p, names[p]);

      /* Translators: one participant, "Ana: Node.js. Without Ana, the verdict stays the same." */
      g_string_append_printf (text, _("%s: %s. %s"), names[p], label, without != NULL ? without : "");
      g_string_append_c (text, '\n');
    }

  for (guint i = 0; i < self->n_disagreements; i++)
    {
      g_autofree char *sentence = sw_team_dup_disagreement_sentence (self, i);

      if (i == 0)
        /* Translators: followed by up to three criteria, "Data & ML: weights from 1.0 to 10.0; …" */
        g_string_append (text, _("Where the team disagrees most:"));
      g_string_append_printf (text, "%s %s", i == 0 ? "" : ";", sentence);
    }
  if (self->n_disagreements > 0)
    g_string_append (text, ".\n");

  return g_string_free (g_steal_pointer (&text), FALSE);
}
