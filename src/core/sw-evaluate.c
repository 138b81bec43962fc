/* sw-evaluate.c — the scoring engine: dataset + weights → verdict, and the weight parser
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The model and its thresholds are explained in docs/scoring.md.
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sw-evaluate.h"
#include "sw-verdict-private.h"

G_DEFINE_QUARK (sw-evaluate-error-quark, sw_evaluate_error)

/* Crossings closer than this are the same crossing (rounding, not a real gap). */
#define CROSSING_EPSILON 1e-12

/* The technology whose fit on this criterion beats every other's by at least
 * `by`, or -1. */
static int
clear_winner (const double *fits,
              guint         n_technologies,
              guint         n_criteria,
              guint         criterion,
              double        by)
{
  int best = 0;

  for (guint t = 1; t < n_technologies; t++)
    if (fits[t * n_criteria + criterion] > fits[best * n_criteria + criterion])
      best = t;

  for (guint t = 0; t < n_technologies; t++)
    {
      if ((int) t == best)
        continue;
      if (fits[best * n_criteria + criterion] - fits[t * n_criteria + criterion] < by)
        return -1;
    }

  return best;
}

static void
sort_contributions (SwContribution *items,
                    guint           n_items)
{
  /* Insertion sort: at most 32 items, stable, no allocation. */
  for (guint i = 1; i < n_items; i++)
    {
      SwContribution item = items[i];
      guint j = i;

      while (j > 0 && fabs (items[j - 1].points) < fabs (item.points))
        {
          items[j] = items[j - 1];
          j--;
        }
      items[j] = item;
    }
}

static void
sort_tipping_points (SwTippingPoint *items,
                     guint           n_items,
                     const double   *weights)
{
  for (guint i = 1; i < n_items; i++)
    {
      SwTippingPoint item = items[i];
      double distance = fabs (item.at - weights[item.criterion]);
      guint j = i;

      while (j > 0 && fabs (items[j - 1].at - weights[items[j - 1].criterion]) > distance)
        {
          items[j] = items[j - 1];
          j--;
        }
      items[j] = item;
    }
}

/* With every other weight held, technology t's weighted sum is the line
 * A_t + x·f_t in this criterion's weight x, and the sum of weights is common
 * to all, so the leader over x is the upper envelope of the lines. From the
 * current weight, the leader changes at the nearest crossing of the leader's
 * line by a steeper one above, or by a shallower one below. */
static void
find_tipping_points (SwVerdict    *self,
                     const double *fits,
                     guint         n_weighted)
{
  const guint n_technologies = self->n_technologies;
  const guint n_criteria = self->n_criteria;
  const int leader = self->leader;
  const double *sums = self->scratch;

  self->n_tipping_points = 0;

  for (guint c = 0; c < n_criteria; c++)
    {
      const double x0 = self->weights[c];
      const double f_leader = fits[leader * n_criteria + c];
      const double a_leader = sums[leader] - x0 * f_leader;
      double up_at = G_MAXDOUBLE;
      double down_at = -G_MAXDOUBLE;
      int up = -1;
      int down = -1;

      /* If this is the only weight above 0, every score is 10·f_t for any x > 0:
       * the leader never changes, and at x = 0 there is no priority at all. */
      if (x0 > 0.0 && n_weighted == 1)
        continue;

      for (guint t = 0; t < n_technologies; t++)
        {
          double f = fits[t * n_criteria + c];
          double a;
          double x;

          if ((int) t == leader || f == f_leader)
            continue;

          a = sums[t] - x0 * f;
          x = (a_leader - a) / (f - f_leader);

          if (f > f_leader)
            {
              /* The leader leads at x0, so a steeper line crosses at or above it. */
              x = MAX (x, x0);
              if (x < up_at - CROSSING_EPSILON ||
                  (x <= up_at + CROSSING_EPSILON && f > fits[up * n_criteria + c]))
                {
                  up_at = x;
                  up = t;
                }
            }
          else
            {
              x = MIN (x, x0);
              if (x > down_at + CROSSING_EPSILON ||
                  (x >= down_at - CROSSING_EPSILON && f < fits[down * n_criteria + c]))
                {
                  down_at = x;
                  down = t;
                }
            }
        }

      if (up >= 0 && up_at < SW_WEIGHT_MAX)
        {
          SwTippingPoint *point = &self->tipping_points[self->n_tipping_points++];

          point->criterion = c;
          point->at = up_at;
          point->new_leader = up;
          point->direction = SW_TIPPING_RAISE;
        }

      if (down >= 0 && down_at > SW_WEIGHT_MIN)
        {
          SwTippingPoint *point = &self->tipping_points[self->n_tipping_points++];

          point->criterion = c;
          point->at = down_at;
          point->new_leader = down;
          point->direction = SW_TIPPING_LOWER;
        }
    }

  sort_tipping_points (self->tipping_points, self->n_tipping_points, self->weights);
}

static void
find_contributions (SwVerdict    *self,
                    const double *fits)
{
  const guint n_criteria = self->n_criteria;
  const double scale = 10.0 / self->weight_sum;
  const double *leader_fits = fits + self->leader * n_criteria;
  const double *runner_fits = fits + self->runner_up * n_criteria;

  self->n_contributions = 0;

  for (guint c = 0; c < n_criteria; c++)
    {
      SwContribution *contribution;
      double difference;

      if (self->weights[c] <= 0.0)
        continue;

      difference = leader_fits[c] - runner_fits[c];
      contribution = &self->contributions[self->n_contributions++];
      contribution->criterion = c;
      contribution->weight = self->weights[c];
      contribution->points = scale * self->weights[c] * difference;
      contribution->favours = difference > 0.0 ? self->leader
                            : difference < 0.0 ? self->runner_up
                            : -1;
    }

  sort_contributions (self->contributions, self->n_contributions);
}

/* Is there a hybrid case: at least two technologies that each win clearly on
 * a heavily weighted criterion? */
static gboolean
has_clear_split (SwVerdict    *self,
                 const double *fits,
                 double        max_weight)
{
  const double heavy = MAX (SW_VERDICT_HEAVY_WEIGHT, SW_VERDICT_HEAVY_FRACTION * max_weight);
  int first_winner = -1;

  for (guint c = 0; c < self->n_criteria; c++)
    {
      int winner;

      if (self->weights[c] < heavy)
        continue;

      winner = clear_winner (fits, self->n_technologies, self->n_criteria, c,
                             SW_VERDICT_CLEAR_WIN);
      if (winner < 0)
        continue;
      if (first_winner < 0)
        first_winner = winner;
      else if (winner != first_winner)
        return TRUE;
    }

  return FALSE;
}

/* The split names, for each technology, the criteria that matter (weight at
 * least half the largest) where it has the best fit by two points or more,
 * heaviest first. */
static void
find_hybrid_split (SwVerdict    *self,
                   const double *fits,
                   double        max_weight)
{
  const double threshold = SW_VERDICT_SPLIT_FRACTION * max_weight;
  guint n = 0;

  for (guint t = 0; t < self->n_technologies; t++)
    {
      self->hybrid_offsets[t] = n;

      for (guint c = 0; c < self->n_criteria; c++)
        {
          guint j;

          if (self->weights[c] <= 0.0 || self->weights[c] < threshold)
            continue;
          if (clear_winner (fits, self->n_technologies, self->n_criteria, c,
                            SW_VERDICT_SPLIT_WIN) != (int) t)
            continue;

          /* Insert keeping heavier first, and criteria order among equals. */
          j = n++;
          while (j > self->hybrid_offsets[t] &&
                 self->weights[self->hybrid_criteria[j - 1]] < self->weights[c])
            {
              self->hybrid_criteria[j] = self->hybrid_criteria[j - 1];
              j--;
            }
          self->hybrid_criteria[j] = c;
        }
    }

  self->hybrid_offsets[self->n_technologies] = n;
}

static void
clear_result (SwVerdict *self)
{
  self->n_contributions = 0;
  self->n_tipping_points = 0;
  self->has_robustness = FALSE;
  memset (self->hybrid_offsets, 0, sizeof (guint) * (self->n_technologies + 1));
}

void
sw_evaluate (SwDataset    *dataset,
             const double *weights,
             SwVerdict    *out)
{
  const double *fits;
  const double *factors;
  guint n_technologies;
  guint n_criteria;
  guint n_weighted = 0;
  double weight_sum = 0.0;
  double max_weight = 0.0;
  double scale;
  int leader;
  int runner_up;

  g_return_if_fail (SW_IS_DATASET (dataset));
  g_return_if_fail (weights != NULL);
  g_return_if_fail (out != NULL);
  g_return_if_fail (out->n_technologies == sw_dataset_get_n_technologies (dataset));
  g_return_if_fail (out->n_criteria == sw_dataset_get_n_criteria (dataset));

  fits = sw_dataset_get_fit_values (dataset);
  factors = sw_dataset_get_weight_factors (dataset);
  n_technologies = out->n_technologies;
  n_criteria = out->n_criteria;

  clear_result (out);

  for (guint c = 0; c < n_criteria; c++)
    {
      /* A team-answered criterion with no answer counts 0 (its factor). */
      double w = sw_weight_clamp (weights[c]) * factors[c];

      out->weights[c] = w;
      weight_sum += w;
      max_weight = MAX (max_weight, w);
      n_weighted += w > 0.0;
    }
  out->weight_sum = weight_sum;

  if (n_weighted == 0)
    {
      for (guint t = 0; t < n_technologies; t++)
        out->scores[t] = 0.0;
      out->leader = -1;
      out->runner_up = -1;
      out->margin = 0.0;
      out->kind = SW_VERDICT_KIND_UNDECIDED;
      out->undecided_reason = SW_UNDECIDED_NO_PRIORITY;
      out->confidence = SW_CONFIDENCE_CLOSE_CALL;
      return;
    }

  /* Score_t = 100 · Σ w_c f_tc / (10 · Σ w_c) */
  scale = 10.0 / weight_sum;
  for (guint t = 0; t < n_technologies; t++)
    {
      const double *row = fits + t * n_criteria;
      double sum = 0.0;

      for (guint c = 0; c < n_criteria; c++)
        sum += out->weights[c] * row[c];

      out->scratch[t] = sum;
      out->scores[t] = scale * sum;
    }

  /* Ties go to the first in dataset order. */
  leader = 0;
  for (guint t = 1; t < n_technologies; t++)
    if (out->scores[t] > out->scores[leader])
      leader = t;

  runner_up = -1;
  for (guint t = 0; t < n_technologies; t++)
    if ((int) t != leader && (runner_up < 0 || out->scores[t] > out->scores[runner_up]))
      runner_up = t;

  out->leader = leader;
  out->runner_up = runner_up;
  out->margin = out->scores[leader] - out->scores[runner_up];

  if (out->margin >= SW_VERDICT_CLEAR_MARGIN)
    out->confidence = SW_CONFIDENCE_CLEAR;
  else if (out->margin >= SW_VERDICT_LEANING_MARGIN)
    out->confidence = SW_CONFIDENCE_LEANING;
  else
    out->confidence = SW_CONFIDENCE_CLOSE_CALL;

  if (out->confidence != SW_CONFIDENCE_CLEAR && has_clear_split (out, fits, max_weight))
    {
      out->kind = SW_VERDICT_KIND_HYBRID;
      out->undecided_reason = SW_UNDECIDED_NONE;
      find_hybrid_split (out, fits, max_weight);
    }
  else if (out->margin < SW_VERDICT_UNDECIDED_MARGIN)
    {
      out->kind = SW_VERDICT_KIND_UNDECIDED;
      out->undecided_reason = SW_UNDECIDED_TOO_CLOSE;
    }
  else
    {
      out->kind = SW_VERDICT_KIND_TECHNOLOGY;
      out->undecided_reason = SW_UNDECIDED_NONE;
    }

  find_contributions (out, fits);
  find_tipping_points (out, fits, n_weighted);
}

SwVerdict *
sw_evaluate_new (SwDataset    *dataset,
                 const double *weights)
{
  SwVerdict *verdict;

  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (weights != NULL, NULL);

  verdict = sw_verdict_new (dataset);
  sw_evaluate (dataset, weights, verdict);

  return verdict;
}

/* User input quoted in a message: valid UTF-8, one line, not too long. */
static char *
quote_input (const char *text,
             gssize      length)
{
  g_autofree char *valid = g_utf8_make_valid (text, length);
  GString *quoted = g_string_new (NULL);
  guint n_chars = 0;

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (++n_chars > 40)
        {
          g_string_append (quoted, "…");
          break;
        }

      if (g_unichar_iscntrl (ch))
        g_string_append_c (quoted, '?');
      else
        g_string_append_unichar (quoted, ch);
    }

  return g_string_free (quoted, FALSE);
}

static char *
join_ids (SwDataset *dataset,
          gboolean   criteria)
{
  GString *ids = g_string_new (NULL);
  guint n = criteria ? sw_dataset_get_n_criteria (dataset) : sw_dataset_get_n_presets (dataset);

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (ids, ", ");
      g_string_append (ids, criteria ? sw_dataset_get_criterion (dataset, i)->id
                                     : sw_dataset_get_preset (dataset, i)->id);
    }

  return g_string_free (ids, FALSE);
}

gboolean
sw_parse_weight (const char  *text,
                 double      *out_value,
                 GError     **error)
{
  g_autofree char *quoted = NULL;
  g_autofree char *trimmed = NULL;
  gboolean has_digit = FALSE;
  gboolean plain = TRUE;
  char *end = NULL;
  double value = 0.0;

  g_return_val_if_fail (out_value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (text == NULL)
    text = "";

  trimmed = g_strstrip (g_strdup (text));
  quoted = quote_input (text, -1);

  if (trimmed[0] == '\0')
    {
      g_set_error (error, SW_EVALUATE_ERROR, SW_EVALUATE_ERROR_NOT_A_NUMBER,
                   _("the value is empty; give a number from 0 to 10"));
      return FALSE;
    }

  /* Plain decimal notation only: g_ascii_strtod() would also take "nan",
   * "inf" and hexadecimal, which are not weights. */
  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        has_digit = TRUE;
      else if (strchr (".+-eE", *p) == NULL)
        {
          plain = FALSE;
          break;
        }
    }

  if (plain && has_digit)
    {
      value = g_ascii_strtod (trimmed, &end);
    }

  if (!plain || !has_digit || end == trimmed || *end != '\0')
    {
      g_set_error (error, SW_EVALUATE_ERROR, SW_EVALUATE_ERROR_NOT_A_NUMBER,
                   _("the value “%s” is not a number; give one from 0 to 10"), quoted);
      return FALSE;
    }

  /* Overflow (1e999) gives ±HUGE_VAL: outside, like any other big number. */
  if (!isfinite (value) || value < SW_WEIGHT_MIN || value > SW_WEIGHT_MAX)
    {
      g_set_error (error, SW_EVALUATE_ERROR, SW_EVALUATE_ERROR_OUT_OF_RANGE,
                   _("the value “%s” is outside 0–10; give one from 0 to 10"), quoted);
      return FALSE;
    }

  /* -0 is 0. */
  *out_value = value == 0.0 ? 0.0 : value;

  return TRUE;
}

gboolean
sw_parse_weight_assignment (SwDataset   *dataset,
                            const char  *text,
                            guint       *out_criterion,
                            double      *out_value,
                            GError     **error)
{
  g_autofree char *id = NULL;
  const char *equals;
  double value;
  int criterion;

  g_return_val_if_fail (SW_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (out_criterion != NULL, FALSE);
  g_return_val_if_fail (out_value != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  equals = text != NULL ? strchr (text, '=') : NULL;
  if (equals != NULL)
    id = g_strstrip (g_strndup (text, equals - text));

  if (equals == NULL || id[0] == '\0')
    {
      g_set_error (error, SW_EVALUATE_ERROR, SW_EVALUATE_ERROR_MALFORMED,
                   _("expected CRITERION=VALUE, e.g. %s=7"),
                   sw_dataset_get_criterion (dataset, 0)->id);
      return FALSE;
    }

  criterion = sw_dataset_find_criterion (dataset, id);
  if (criterion < 0)
    {
      g_autofree char *quoted = quote_input (id, -1);
      g_autofree char *valid = join_ids (dataset, TRUE);

      g_set_error (error, SW_EVALUATE_ERROR, SW_EVALUATE_ERROR_UNKNOWN_CRITERION,
                   _("unknown criterion “%s”; choose one of: %s"), quoted, valid);
      return FALSE;
    }

  if (!sw_parse_weight (equals + 1, &value, error))
    return FALSE;

  *out_criterion = criterion;
  *out_value = value;

  return TRUE;
}

gboolean
sw_find_preset_checked (SwDataset   *dataset,
                        const char  *id,
                        guint       *out_index,
                        GError     **error)
{
  g_autofree char *quoted = NULL;
  g_autofree char *valid = NULL;
  int index;

  g_return_val_if_fail (SW_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (out_index != NULL, FALSE);

  index = id != NULL ? sw_dataset_find_preset (dataset, id) : -1;
  if (index >= 0)
    {
      *out_index = index;
      return TRUE;
    }

  quoted = quote_input (id != NULL ? id : "", -1);

  if (sw_dataset_get_n_presets (dataset) == 0)
    {
      g_set_error (error, SW_EVALUATE_ERROR, SW_EVALUATE_ERROR_UNKNOWN_PRESET,
                   _("unknown preset “%s”; the dataset “%s” has no presets"),
                   quoted, sw_dataset_get_id (dataset));
      return FALSE;
    }

  valid = join_ids (dataset, FALSE);
  g_set_error (error, SW_EVALUATE_ERROR, SW_EVALUATE_ERROR_UNKNOWN_PRESET,
               _("unknown preset “%s”; choose one of: %s"), quoted, valid);

  return FALSE;
}
