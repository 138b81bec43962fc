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
#include "sw-verdict-private.h"

struct _SwTeam
{
  gatomicrefcount  ref_count;

  SwDataset       *dataset;
  guint            n_participants;
  guint            n_criteria;

  double          *mean;            /* n_criteria: the mean share × SW_TEAM_WEIGHT_TOTAL */
  double          *spread;          /* n_criteria: standard deviation of the shares */
  double          *shares;          /* n_participants × n_criteria; rows of 0 for no say */
  gboolean        *has_say;         /* n_participants: set some weight above 0 */
  guint            n_with_say;
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

static double
row_sum (const double *row,
         guint         n_criteria)
{
  double sum = 0.0;

  for (guint c = 0; c < n_criteria; c++)
    sum += sw_weight_clamp (row[c]);

  return sum;
}

void
sw_team_mean_weights (const double *weights,
                      guint         n_participants,
                      guint         n_criteria,
                      double       *out_mean)
{
  guint n_with_say = 0;

  g_return_if_fail (weights != NULL || n_participants == 0);
  g_return_if_fail (out_mean != NULL || n_criteria == 0);

  for (guint c = 0; c < n_criteria; c++)
    out_mean[c] = 0.0;

  /* Each participant's shares; someone who set nothing has no say. */
  for (guint p = 0; p < n_participants; p++)
    {
      const double *row = weights + p * n_criteria;
      double sum = row_sum (row, n_criteria);

      if (sum <= 0.0)
        continue;
      for (guint c = 0; c < n_criteria; c++)
        out_mean[c] += sw_weight_clamp (row[c]) / sum;
      n_with_say++;
    }

  /* The mean share, on the sliders' scale: the team's weights add up to 10. */
  for (guint c = 0; c < n_criteria; c++)
    out_mean[c] = n_with_say > 0 ? SW_TEAM_WEIGHT_TOTAL * out_mean[c] / n_with_say : 0.0;
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
compute_shares (SwTeam       *self,
                const double *weights)
{
  const guint n_criteria = self->n_criteria;

  self->n_with_say = 0;
  for (guint p = 0; p < self->n_participants; p++)
    {
      const double *row = weights + p * n_criteria;
      double sum = row_sum (row, n_criteria);

      self->has_say[p] = sum > 0.0;
      self->n_with_say += self->has_say[p];
      for (guint c = 0; c < n_criteria; c++)
        self->shares[p * n_criteria + c] = sum > 0.0 ? sw_weight_clamp (row[c]) / sum : 0.0;
    }
}

/* Over the participants with a say, in shares (0..1). */
static void
compute_spread (SwTeam *self)
{
  guint n = self->n_with_say;

  for (guint c = 0; c < self->n_criteria; c++)
    {
      double mean = self->mean[c] / SW_TEAM_WEIGHT_TOTAL;
      double sum_squares = 0.0;

      for (guint p = 0; p < self->n_participants; p++)
        {
          double d;

          if (!self->has_say[p])
            continue;
          d = self->shares[p * self->n_criteria + c] - mean;
          sum_squares += d * d;
        }
      self->spread[c] = n > 0 ? sqrt (sum_squares / n) : 0.0;
    }
}

static void
find_disagreements (SwTeam *self)
{
  self->n_disagreements = 0;

  for (guint c = 0; c < self->n_criteria; c++)
    {
      SwDisagreement item = { .criterion = c, .spread = self->spread[c] };
      guint j;

      if (self->spread[c] < SW_TEAM_DISAGREEMENT_MIN_SPREAD)
        continue;

      item.lowest = 1.0;
      item.highest = 0.0;
      for (guint p = 0; p < self->n_participants; p++)
        {
          double share = self->shares[p * self->n_criteria + c];

          if (!self->has_say[p])
            continue;
          item.lowest = MIN (item.lowest, share);
          item.highest = MAX (item.highest, share);
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

/* Everyone but `left_out`: the mean of the others' shares is the full sum
 * minus one row, so no per-participant copy of the weights is needed. Leaving
 * out someone with no say changes nothing. */
static void
leave_one_out (SwTeam    *self,
               double    *scratch_weights,
               SwVerdict *scratch)
{
  guint n = self->n_with_say;

  for (guint p = 0; p < self->n_participants; p++)
    {
      if (self->n_participants < 2)
        {
          self->kind_without[p] = SW_VERDICT_KIND_UNDECIDED;
          self->leader_without[p] = -1;
          self->decisive[p] = FALSE;
          continue;
        }

      if (!self->has_say[p])
        {
          self->kind_without[p] = sw_verdict_get_kind (self->verdict);
          self->leader_without[p] = sw_verdict_get_leader (self->verdict);
          self->decisive[p] = FALSE;
          continue;
        }

      for (guint c = 0; c < self->n_criteria; c++)
        scratch_weights[c] = n > 1
          ? (self->mean[c] * n - SW_TEAM_WEIGHT_TOTAL * self->shares[p * self->n_criteria + c]) / (n - 1)
          : 0.0;

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
  g_autofree double *effective = NULL;
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
  self->shares = g_new0 (double, n_participants * n_criteria);
  self->has_say = g_new0 (gboolean, n_participants);
  self->own = g_new0 (SwVerdict *, n_participants);
  self->kind_without = g_new0 (SwVerdictKind, n_participants);
  self->leader_without = g_new0 (int, n_participants);
  self->decisive = g_new0 (gboolean, n_participants);

  /* The weights as they count: a team-answered criterion with no answer counts 0
   * (sw_evaluate()), so it takes no share from anyone's other priorities. */
  effective = g_new (double, n_participants * n_criteria);
  for (guint p = 0; p < n_participants; p++)
    for (guint c = 0; c < n_criteria; c++)
      effective[p * n_criteria + c] = sw_weight_clamp (weights[p * n_criteria + c])
                                      * sw_dataset_get_weight_factors (dataset)[c];

  compute_shares (self, effective);
  sw_team_mean_weights (effective, n_participants, n_criteria, self->mean);
  self->verdict = sw_evaluate_new (dataset, self->mean);

  for (guint p = 0; p < n_participants; p++)
    self->own[p] = sw_evaluate_new (dataset, weights + p * n_criteria);

  self->consensus = sw_team_consensus (effective, n_participants, n_criteria);
  compute_spread (self);
  find_disagreements (self);

  /* The team's mean share is uncertain by the spread of the shares around it
   * over √n (the standard error of a mean): part of its robustness estimate. */
  if (self->n_with_say > 1)
    {
      g_autofree double *uncertainty = g_new0 (double, n_criteria);

      for (guint c = 0; c < n_criteria; c++)
        uncertainty[c] = self->spread[c] / sqrt (self->n_with_say);
      sw_verdict_set_share_spread (self->verdict, uncertainty);
    }

  scratch = sw_verdict_new (dataset);
  scratch_weights = g_new0 (double, n_criteria);
  leave_one_out (self, scratch_weights, scratch);

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
  g_free (self->shares);
  g_free (self->has_say);
  g_free (self->kind_without);
  g_free (self->leader_without);
  g_free (self->decisive);
  g_free (self);
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
    if (self->has_say[p] && sw_team_participant_agrees (self, p))
      n++;

  return n;
}

guint
sw_team_get_n_with_say (SwTeam *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_with_say;
}

double
sw_team_get_agreement (SwTeam *self)
{
  g_return_val_if_fail (self != NULL, 1.0);

  if (self->n_with_say == 0)
    return 1.0;

  return (double) sw_team_get_n_agreeing (self) / self->n_with_say;
}

SwVerdict *
sw_team_dup_participant_marks (SwTeam       *self,
                               guint         participant,
                               const double *weights)
{
  const double *fits;
  double *others;
  SwVerdict *marks;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (participant < self->n_participants, NULL);
  g_return_val_if_fail (weights != NULL, NULL);

  marks = sw_evaluate_new (self->dataset, weights);
  if (!self->has_say[participant])
    {
      /* Nothing set: no shares to move yet. */
      sw_verdict_find_person_tipping_points (marks, weights, NULL, -1);
      return marks;
    }

  /* Every technology's team total, up to the common factor 1/n: the others'
   * shares times the fits, plus this participant's, which their sliders move. */
  fits = sw_dataset_get_fit_values (self->dataset);
  others = g_newa (double, sw_dataset_get_n_technologies (self->dataset));
  for (guint t = 0; t < sw_dataset_get_n_technologies (self->dataset); t++)
    {
      others[t] = 0.0;
      for (guint p = 0; p < self->n_participants; p++)
        {
          if (p == participant || !self->has_say[p])
            continue;
          for (guint c = 0; c < self->n_criteria; c++)
            others[t] += self->shares[p * self->n_criteria + c] * fits[t * self->n_criteria + c];
        }
    }

  sw_verdict_find_person_tipping_points (marks, weights, others, sw_verdict_get_leader (self->verdict));

  return marks;
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

  /* Translators: how much the participants' priorities overlap, e.g. "Priorities overlap 78%" */
  return g_strdup_printf (_("Priorities overlap %.0f%%"), percent);
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
                                       self->n_with_say),
                          n_agreeing, self->n_with_say);
}

char *
sw_team_dup_disagreement_sentence (SwTeam *self,
                                   guint   index)
{
  const SwDisagreement *item;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_disagreements, NULL);

  item = &self->disagreements[index];

  /* Translators: "Data & ML: from 5% to 40% of someone's weight"; %% is the percent sign */
  return g_strdup_printf (_("%s: from %.0f%% to %.0f%% of someone’s weight"),
                          sw_dataset_get_criterion (self->dataset, item->criterion)->name,
                          round (item->lowest * 100.0), round (item->highest * 100.0));
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
sw_team_dup_own_verdicts_sentence (SwTeam *self)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_technologies;
  g_autofree guint *by_technology = NULL;
  guint hybrid = 0, undecided = 0;

  g_return_val_if_fail (self != NULL, NULL);

  n_technologies = sw_dataset_get_n_technologies (self->dataset);
  by_technology = g_new0 (guint, n_technologies);
  for (guint p = 0; p < self->n_participants; p++)
    {
      SwVerdict *own = self->own[p];

      switch (sw_verdict_get_kind (own))
        {
        case SW_VERDICT_KIND_TECHNOLOGY:
          by_technology[sw_verdict_get_leader (own)]++;
          break;
        case SW_VERDICT_KIND_HYBRID:
          hybrid++;
          break;
        case SW_VERDICT_KIND_UNDECIDED:
        default:
          undecided++;
          break;
        }
    }

  for (guint t = 0; t <= n_technologies + 1; t++)
    {
      guint count = t < n_technologies ? by_technology[t] : t == n_technologies ? hybrid : undecided;
      const char *label = t < n_technologies ? sw_dataset_get_technology (self->dataset, t)->name
                          : t == n_technologies ? _("Hybrid") : _("Undecided");

      if (count == 0)
        continue;
      if (text->len > 0)
        g_string_append (text, ", ");
      /* Translators: one count in "Each person's own verdict: Python 20, Node.js 10." */
      g_string_append_printf (text, _("%s %u"), label, count);
    }

  /* Translators: "Each person's own verdict: Python 20, Node.js 10, Hybrid 2." */
  return g_strdup_printf (_("Each person’s own verdict: %s."), text->str);
}

char *
sw_team_dup_decisive_summary (SwTeam             *self,
                              const char * const *names,
                              guint               max_named)
{
  g_autoptr(GString) text = g_string_new (NULL);
  guint named = 0, others = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (names != NULL, NULL);

  if (self->n_participants < 2)
    return NULL;

  if (sw_team_get_n_decisive (self) == 0)
    return g_strdup (_("Nobody decides the answer alone: without any one participant, the verdict stays the same."));

  for (guint p = 0; p < self->n_participants; p++)
    {
      g_autofree char *sentence = NULL;

      if (!self->decisive[p])
        continue;
      if (named == max_named)
        {
          others++;
          continue;
        }
      sentence = sw_team_dup_without_sentence (self, p, names[p]);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, sentence);
      named++;
    }

  if (others > 0)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: after the participants who decide the answer alone, named one by one */
      g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                                 "%u other participant also decides it alone.",
                                                 "%u other participants also decide it alone.",
                                                 others),
                              others);
    }
  if (sw_team_get_n_decisive (self) < self->n_participants)
    {
      g_string_append_c (text, ' ');
      g_string_append (text, _("Without anyone else, the verdict stays the same."));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
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

char *
sw_team_dup_no_tipping_sentence (SwTeam     *self,
                                 const char *name)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  /* Translators: "None of Ana’s sliders alone changes the team’s answer." */
  return g_strdup_printf (_("None of %s’s sliders alone changes the team’s answer."), name);
}

char *
sw_team_dup_participant_tipping_sentence (SwTeam             *self,
                                          SwVerdict          *marks,
                                          guint               index,
                                          guint               participant,
                                          const double       *weights,
                                          const char * const *names)
{
  const SwTippingPoint *point;
  g_autofree char *sentence = NULL;
  g_autoptr(GString) values = g_string_new (NULL);
  guint n_listed = 0;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (marks != NULL, NULL);
  g_return_val_if_fail (index < sw_verdict_get_n_tipping_points (marks), NULL);
  g_return_val_if_fail (participant < self->n_participants, NULL);
  g_return_val_if_fail (weights != NULL, NULL);
  g_return_val_if_fail (names != NULL, NULL);

  point = sw_verdict_get_tipping_point (marks, index);
  sentence = sw_verdict_dup_tipping_point_sentence (marks, index);

  /* Where everyone's slider stands now, the mover first; a long meeting lists
   * the first few. */
  for (guint i = 0; i < self->n_participants; i++)
    {
      guint p = i == 0 ? participant : (i <= participant ? i - 1 : i);
      g_autofree char *value = sw_format_number (sw_weight_clamp (weights[p * self->n_criteria + point->criterion]));

      if (n_listed == SW_TEAM_MAX_LISTED_VALUES)
        {
          g_string_append (values, _(", …"));
          break;
        }
      if (n_listed > 0)
        g_string_append (values, _(", "));
      /* Translators: one participant's current slider value, "Ana 4.0" */
      g_string_append_printf (values, _("%s %s"), names[p], value);
      n_listed++;
    }

  /* Translators: "Ana’s sliders, everyone else held: Raise Data & ML above 6.5 and Python takes the lead. Now: Ana 4.0, Ben 9.0." */
  return g_strdup_printf (_("%s’s sliders, everyone else held: %s Now: %s."),
                          names[participant], sentence, values->str);
}
