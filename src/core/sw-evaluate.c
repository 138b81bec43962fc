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
#include "sw-json-reader.h"
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

/* Nearest first: by how far the criterion's share must move. */
static void
sort_tipping_points (SwTippingPoint *items,
                     guint           n_items,
                     const double   *current_shares)
{
  for (guint i = 1; i < n_items; i++)
    {
      SwTippingPoint item = items[i];
      double distance = fabs (item.share - current_shares[item.criterion]);
      guint j = i;

      while (j > 0 && fabs (items[j - 1].share - current_shares[items[j - 1].criterion]) > distance)
        {
          items[j] = items[j - 1];
          j--;
        }
      items[j] = item;
    }
}

static void
add_tipping_point (SwVerdict          *self,
                   guint               criterion,
                   double              y,
                   double              rest,
                   int                 new_leader,
                   SwTippingDirection  direction)
{
  SwTippingPoint *point = &self->tipping_points[self->n_tipping_points++];

  point->criterion = criterion;
  point->share = y;
  /* y = x / (rest + x), so x = y · rest / (1 − y). */
  point->at = y * rest / (1.0 - y);
  point->new_leader = new_leader;
  point->direction = direction;
}

/* For one criterion c with every other slider of the person held, the person's
 * share of c is y = x / (R + x), R the rest of their weight, and every
 * technology's total is a straight line in y:
 *
 *   G_t(y) = K_t + (1 − y) · B_t + y · f_tc,   B_t = Σ_{c' ≠ c} w_c' f_tc' / R
 *
 * (K_t = 0 for a person alone; in a team, the other participants' part). The
 * leader over y ∈ [0, 1) is the upper envelope of the lines: from the current
 * share, the leader changes at the nearest crossing of the leader's line by a
 * steeper one above, or by a shallower one below. */
void
sw_verdict_find_person_tipping_points (SwVerdict    *self,
                                       const double *person_weights,
                                       const double *others,
                                       int           leader)
{
  const double *fits = sw_dataset_get_fit_values (self->dataset);
  const double *factors = sw_dataset_get_weight_factors (self->dataset);
  const guint n_technologies = self->n_technologies;
  const guint n_criteria = self->n_criteria;
  double *weights = g_newa (double, n_criteria);
  double *sums = g_newa (double, n_technologies);
  double *shares = g_newa (double, n_criteria);
  double total = 0.0;

  self->n_tipping_points = 0;
  if (leader < 0)
    return;

  for (guint t = 0; t < n_technologies; t++)
    sums[t] = 0.0;
  for (guint c = 0; c < n_criteria; c++)
    {
      /* A team-answered criterion with no answer counts 0, as in sw_evaluate(). */
      double w = sw_weight_clamp (person_weights[c]) * factors[c];

      weights[c] = w;
      shares[c] = w;
      total += w;
      for (guint t = 0; t < n_technologies; t++)
        sums[t] += w * fits[t * n_criteria + c];
    }
  if (total <= 0.0)
    return;
  for (guint c = 0; c < n_criteria; c++)
    shares[c] /= total;

  for (guint c = 0; c < n_criteria; c++)
    {
      const double x0 = weights[c];
      const double rest = total - x0;
      const double y0 = shares[c];
      double base_leader;
      double slope_leader;
      double up_at = G_MAXDOUBLE;
      double down_at = -G_MAXDOUBLE;
      double up_slope = 0.0;
      double down_slope = 0.0;
      int up = -1;
      int down = -1;

      /* The only weight: every share stays 1 (or 0 at x = 0, where the person
       * states no priority at all); nothing moves. Nor does a slider that
       * counts 0 until the team answers its question. */
      if (rest <= 0.0 || factors[c] <= 0.0)
        continue;

      base_leader = (sums[leader] - x0 * fits[leader * n_criteria + c]) / rest;
      slope_leader = fits[leader * n_criteria + c] - base_leader;
      base_leader += others != NULL ? others[leader] : 0.0;

      for (guint t = 0; t < n_technologies; t++)
        {
          double base;
          double slope;
          double y;

          if ((int) t == leader)
            continue;

          base = (sums[t] - x0 * fits[t * n_criteria + c]) / rest;
          slope = fits[t * n_criteria + c] - base;
          base += others != NULL ? others[t] : 0.0;
          if (slope == slope_leader)
            continue;

          y = (base_leader - base) / (slope - slope_leader);

          if (slope > slope_leader)
            {
              /* The leader leads at y0, so a steeper line crosses at or above it. */
              y = MAX (y, y0);
              if (y < up_at - CROSSING_EPSILON ||
                  (y <= up_at + CROSSING_EPSILON && slope > up_slope))
                {
                  up_at = y;
                  up = t;
                  up_slope = slope;
                }
            }
          else
            {
              y = MIN (y, y0);
              if (y > down_at + CROSSING_EPSILON ||
                  (y >= down_at - CROSSING_EPSILON && slope < down_slope))
                {
                  down_at = y;
                  down = t;
                  down_slope = slope;
                }
            }
        }

      /* Any share below 1 is some slider value; a share of 0 is the slider at 0. */
      if (up >= 0 && up_at < 1.0 - 1e-9)
        add_tipping_point (self, c, up_at, rest, up, SW_TIPPING_RAISE);
      if (down >= 0 && down_at > 1e-12)
        add_tipping_point (self, c, down_at, rest, down, SW_TIPPING_LOWER);
    }

  sort_tipping_points (self->tipping_points, self->n_tipping_points, shares);
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
  /* In shares of the total: at least SW_VERDICT_HEAVY_SHARE, and at least a
   * fraction of the largest. */
  const double heavy = MAX (SW_VERDICT_HEAVY_SHARE * self->weight_sum,
                            SW_VERDICT_HEAVY_FRACTION * max_weight);
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

/* The smallest change of proportions that ties the leader L with a rival t.
 * With the weights as shares s (Σ s = 1), the difference of the two scores is
 * linear: D(s) = 10 · Σ_c s_c d_c with d_c = f_Lc − f_tc. Moving a share m from
 * criterion a to criterion b lowers D by 10 · m · (d_a − d_b), so the cheapest
 * way to reach D = 0 moves weight into the criterion with the smallest d (one
 * target is enough: it can take any amount), taking it first from the criteria
 * with the largest d, as far as their shares go.
 *
 * Returns the total share moved to tie with @t: 0 when they are tied already,
 * G_MAXDOUBLE when no move can tie them. With @record, the moves are kept as
 * the verdict's way to flip (find_flip() asks so of the rival it chose). */
static double
tie_with_rival (SwVerdict    *self,
                const double *fits,
                guint         t,
                gboolean      record)
{
  const double *factors = sw_dataset_get_weight_factors (self->dataset);
  const guint n_criteria = self->n_criteria;
  const double *leader_fits = fits + self->leader * n_criteria;
  const double *rival_fits = fits + t * n_criteria;
  guint *order = self->order;
  double remaining = 0.0;
  double total = 0.0;
  double d_target = G_MAXDOUBLE;
  guint target = 0;
  guint n_moves = 0;

  for (guint c = 0; c < n_criteria; c++)
    {
      double d = leader_fits[c] - rival_fits[c];

      remaining += self->weights[c] / self->weight_sum * d;
      /* Weight moved to an unanswered team-answered criterion would count 0. */
      if (factors[c] > 0.0 && d < d_target)
        {
          d_target = d;
          target = c;
        }
    }

  /* Already tied: nothing to move. */
  if (remaining <= 0.0)
    return 0.0;
  /* No criterion where the rival does better than on average: no way to tie. */
  if (d_target > 0.0)
    return G_MAXDOUBLE;

  /* Sources by d, largest first (insertion sort, at most 32). */
  for (guint c = 0; c < n_criteria; c++)
    {
      double d = leader_fits[c] - rival_fits[c];
      guint j = c;

      while (j > 0 && leader_fits[order[j - 1]] - rival_fits[order[j - 1]] < d)
        {
          order[j] = order[j - 1];
          j--;
        }
      order[j] = c;
    }

  for (guint i = 0; i < n_criteria && remaining > 0.0; i++)
    {
      guint c = order[i];
      double rate = leader_fits[c] - rival_fits[c] - d_target;
      double share = self->weights[c] / self->weight_sum;
      double take;

      if (rate <= 0.0)
        break;
      if (share <= 0.0)
        continue;
      take = MIN (share, remaining / rate);
      total += take;
      remaining -= take * rate;
      if (record)
        {
          self->flip_moves[n_moves].from = c;
          self->flip_moves[n_moves].to = target;
          self->flip_moves[n_moves].share = take;
          n_moves++;
        }
      /* What rounding leaves is no reason to take from one more source. */
      if (remaining < 1e-15)
        remaining = 0.0;
    }

  if (remaining > 1e-12)
    return G_MAXDOUBLE;

  if (record)
    {
      self->n_flip_moves = n_moves;
      self->flip_share_moved = total;
      self->flip_new_leader = t;
    }

  return total;
}

/* Over the rivals, the one the least total change ties with the leader. */
static void
find_flip (SwVerdict    *self,
           const double *fits)
{
  double best_total = G_MAXDOUBLE;
  int best_rival = -1;

  self->n_flip_moves = 0;
  self->flip_share_moved = 0.0;
  self->flip_new_leader = -1;

  for (guint t = 0; t < self->n_technologies; t++)
    {
      double total;

      if ((int) t == self->leader)
        continue;

      total = tie_with_rival (self, fits, t, FALSE);
      if (total < best_total)
        {
          best_total = total;
          best_rival = t;
        }
    }

  if (best_rival < 0 || best_total <= 0.0)
    return;

  /* Redo the winning rival's moves, now recording them. */
  tie_with_rival (self, fits, best_rival, TRUE);
}

static void
clear_result (SwVerdict *self)
{
  self->n_contributions = 0;
  self->n_tipping_points = 0;
  self->n_flip_moves = 0;
  self->flip_share_moved = 0.0;
  self->flip_new_leader = -1;
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
      gboolean any_set = FALSE;

      for (guint c = 0; c < n_criteria; c++)
        any_set |= sw_weight_clamp (weights[c]) > 0.0;

      for (guint t = 0; t < n_technologies; t++)
        out->scores[t] = 0.0;
      out->leader = -1;
      out->runner_up = -1;
      out->margin = 0.0;
      out->kind = SW_VERDICT_KIND_UNDECIDED;
      /* Weights on the team's situation count nothing while it is not
       * stated (or names no technology of the dataset): what is missing is
       * an answer, or another priority, not a first priority. */
      out->undecided_reason = any_set ? SW_UNDECIDED_SITUATION_ONLY : SW_UNDECIDED_NO_PRIORITY;
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
  /* Known once the robustness is estimated (sw_verdict_set_robustness()). */
  out->confidence = SW_CONFIDENCE_CLOSE_CALL;

  if (out->margin < SW_VERDICT_HYBRID_MAX_MARGIN && has_clear_split (out, fits, max_weight))
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
  sw_verdict_find_person_tipping_points (out, out->weights, NULL, leader);
  find_flip (out, fits);
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
  quoted = sw_quote_text (text);

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
      g_autofree char *quoted = sw_quote_text (id);
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

  quoted = sw_quote_text (id != NULL ? id : "");

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
