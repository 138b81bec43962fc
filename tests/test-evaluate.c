/* test-evaluate.c — the scoring engine: guide answers, invariants, tipping points, the weight parser
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-evaluate.h"
#include "sw-test.h"

#define N_RANDOM_VECTORS 5000
#define FLIP_STEP 1e-6

static void
set_weight (SwDataset  *dataset,
            double     *weights,
            const char *criterion,
            double      value)
{
  int index = sw_dataset_find_criterion (dataset, criterion);

  g_assert_cmpint (index, >=, 0);
  weights[index] = value;
}

/* Random weights with some zeros and some fractions, as teams set them. */
static void
random_weights (GRand  *rand,
                guint   n_criteria,
                double *weights)
{
  for (guint c = 0; c < n_criteria; c++)
    {
      double roll = g_rand_double (rand);

      if (roll < 0.2)
        weights[c] = 0.0;
      else if (roll < 0.6)
        weights[c] = g_rand_int_range (rand, 0, 11);
      else
        weights[c] = g_rand_double_range (rand, 0.0, 10.0);
    }
}

static int
leader_with (SwDataset    *dataset,
             SwVerdict    *scratch,
             const double *weights,
             guint         criterion,
             double        value)
{
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  double *changed = g_newa (double, n_criteria);

  memcpy (changed, weights, sizeof (double) * n_criteria);
  changed[criterion] = MAX (value, 0.0);
  /* Beyond the slider's end: the same proportions, scaled into 0..10. */
  if (value > 10.0)
    for (guint c = 0; c < n_criteria; c++)
      changed[c] *= 10.0 / value;
  sw_evaluate (dataset, changed, scratch);

  return sw_verdict_get_leader (scratch);
}

static void
test_presets (void)
{
  /* The guide's quick decision guide, independent of the dataset's "expected". */
  static const struct {
    const char *preset;
    const char *answer;   /* NULL: not a firm single technology */
  } guide[] = {
    { "startup-validate", "nodejs" },
    { "startup-fullstack", "nodejs" },
    { "enterprise-traffic", "nodejs" },
    { "dev-knows-js", "nodejs" },
    { "startup-data", "python" },
    { "enterprise-analytics", "python" },
    { "dev-first-language", "python" },
    { "dev-data-career", "python" },
    { "enterprise-legacy", NULL },
  };
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");

  for (guint i = 0; i < G_N_ELEMENTS (guide); i++)
    {
      int index = sw_dataset_find_preset (dataset, guide[i].preset);
      g_autoptr(SwDataset) situated = NULL;
      g_autoptr(SwVerdict) verdict = NULL;

      /* With the facts the preset's cell states (test-situation.c checks the rest). */
      g_assert_cmpint (index, >=, 0);
      situated = sw_dataset_new_situated (dataset, &sw_dataset_get_preset (dataset, index)->situation);
      verdict = sw_evaluate_new (situated, sw_dataset_get_preset (dataset, index)->weights);

      g_test_message ("%s: kind %d, leader %d, margin %.2f", guide[i].preset,
                      sw_verdict_get_kind (verdict), sw_verdict_get_leader (verdict),
                      sw_verdict_get_margin (verdict));

      if (guide[i].answer != NULL)
        {
          g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_TECHNOLOGY);
          g_assert_cmpstr (sw_dataset_get_technology (dataset, sw_verdict_get_leader (verdict))->id,
                           ==, guide[i].answer);
        }
      else
        {
          g_assert_true (sw_verdict_get_kind (verdict) != SW_VERDICT_KIND_TECHNOLOGY ||
                         sw_verdict_get_confidence (verdict) == SW_CONFIDENCE_CLOSE_CALL);
        }
    }
}

static void
test_hybrid_example (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) verdict = NULL;
  double weights[32] = { 0 };
  int nodejs = sw_dataset_find_technology (dataset, "nodejs");
  int python = sw_dataset_find_technology (dataset, "python");

  set_weight (dataset, weights, "realtime", 10);
  set_weight (dataset, weights, "data_ml", 10);
  verdict = sw_evaluate_new (dataset, weights);

  g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_HYBRID);
  g_assert_cmpint (sw_verdict_get_undecided_reason (verdict), ==, SW_UNDECIDED_NONE);
  g_assert_cmpuint (sw_verdict_get_n_hybrid_criteria (verdict, nodejs), ==, 1);
  g_assert_cmpuint (sw_verdict_get_hybrid_criterion (verdict, nodejs, 0), ==,
                    sw_dataset_find_criterion (dataset, "realtime"));
  g_assert_cmpuint (sw_verdict_get_n_hybrid_criteria (verdict, python), ==, 1);
  g_assert_cmpuint (sw_verdict_get_hybrid_criterion (verdict, python, 0), ==,
                    sw_dataset_find_criterion (dataset, "data_ml"));
}

static void
test_all_zero (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) verdict = sw_verdict_new (dataset);
  double weights[32] = { 0 };

  /* A fresh verdict and an evaluated one agree. */
  g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_UNDECIDED);

  sw_evaluate (dataset, weights, verdict);
  g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_UNDECIDED);
  g_assert_cmpint (sw_verdict_get_undecided_reason (verdict), ==, SW_UNDECIDED_NO_PRIORITY);
  g_assert_cmpint (sw_verdict_get_leader (verdict), ==, -1);
  g_assert_cmpint (sw_verdict_get_runner_up (verdict), ==, -1);
  g_assert_cmpfloat (sw_verdict_get_margin (verdict), ==, 0.0);
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    g_assert_cmpfloat (sw_verdict_get_score (verdict, t), ==, 0.0);
  g_assert_cmpuint (sw_verdict_get_n_contributions (verdict), ==, 0);
  g_assert_cmpuint (sw_verdict_get_n_tipping_points (verdict), ==, 0);

  /* NaN and negative weights count as 0 too. */
  weights[0] = NAN;
  weights[1] = -4;
  sw_evaluate (dataset, weights, verdict);
  g_assert_cmpint (sw_verdict_get_undecided_reason (verdict), ==, SW_UNDECIDED_NO_PRIORITY);
}

static void
test_tie (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) verdict = NULL;
  double weights[32] = { 0 };

  /* Differences that cancel, and neither wins anything by 3 (with three equal
   * shares of learning +3, readability +2 and realtime −5, each would win one
   * heavy criterion clearly: a hybrid at a tie). */
  set_weight (dataset, weights, "readability", 1);    /* Python 8, Node.js 6: +2 */
  set_weight (dataset, weights, "microservices", 1);  /* Python 6, Node.js 8: −2 */
  verdict = sw_evaluate_new (dataset, weights);

  g_assert_cmpfloat_with_epsilon (sw_verdict_get_margin (verdict), 0.0, 1e-9);
  g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_UNDECIDED);
  g_assert_cmpint (sw_verdict_get_undecided_reason (verdict), ==, SW_UNDECIDED_TOO_CLOSE);
}

static void
test_clamping (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) clamped = NULL;
  g_autoptr(SwVerdict) plain = NULL;
  double wild[32] = { 0 };
  double tame[32] = { 0 };

  set_weight (dataset, wild, "realtime", 25);
  set_weight (dataset, wild, "data_ml", INFINITY);
  set_weight (dataset, wild, "learning", NAN);
  set_weight (dataset, tame, "realtime", 10);
  set_weight (dataset, tame, "data_ml", 10);

  clamped = sw_evaluate_new (dataset, wild);
  plain = sw_evaluate_new (dataset, tame);

  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    g_assert_cmpfloat (sw_verdict_get_score (clamped, t), ==, sw_verdict_get_score (plain, t));
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    g_assert_cmpfloat (sw_verdict_get_weight (clamped, c), ==, sw_verdict_get_weight (plain, c));
}

/* The one weight scale: NaN and infinities land inside it, never pass through. */
static void
test_weight_scale (void)
{
  g_assert_cmpfloat (sw_weight_clamp (NAN), ==, SW_WEIGHT_MIN);
  g_assert_cmpfloat (sw_weight_clamp (-INFINITY), ==, SW_WEIGHT_MIN);
  g_assert_cmpfloat (sw_weight_clamp (INFINITY), ==, SW_WEIGHT_MAX);
  g_assert_cmpfloat (sw_weight_clamp (-0.5), ==, SW_WEIGHT_MIN);
  g_assert_cmpfloat (sw_weight_clamp (10.5), ==, SW_WEIGHT_MAX);
  g_assert_cmpfloat (sw_weight_clamp (6.5), ==, 6.5);
  g_assert_cmpfloat (SW_WEIGHT_MAX, ==, 10.0);
}

/* Highest score first, dataset order among equals; the answer's id names
 * the leader only when the answer is that technology. */
static void
test_ranking (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) tied = NULL;
  g_autoptr(SwVerdict) node = NULL;
  double weights[32] = { 0 };
  guint order[8];

  tied = sw_evaluate_new (dataset, weights);
  sw_verdict_get_ranking (tied, order);
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    g_assert_cmpuint (order[t], ==, t);
  g_assert_cmpstr (sw_verdict_get_answer_id (tied), ==, "undecided");

  set_weight (dataset, weights, "realtime", 10);
  node = sw_evaluate_new (dataset, weights);
  sw_verdict_get_ranking (node, order);
  g_assert_cmpint (order[0], ==, sw_dataset_find_technology (dataset, "nodejs"));
  g_assert_cmpint (order[1], ==, sw_dataset_find_technology (dataset, "python"));
  g_assert_cmpint (sw_verdict_get_kind (node), ==, SW_VERDICT_KIND_TECHNOLOGY);
  g_assert_cmpstr (sw_verdict_get_answer_id (node), ==, "nodejs");
  g_assert_cmpstr (sw_verdict_kind_get_id (SW_VERDICT_KIND_HYBRID, dataset, 0), ==, "hybrid");
  g_assert_cmpstr (sw_verdict_kind_get_id (SW_VERDICT_KIND_UNDECIDED, dataset, 0), ==, "undecided");
}

static void
check_scale_invariance (SwDataset *dataset)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  g_autoptr(SwVerdict) base = sw_verdict_new (dataset);
  g_autoptr(SwVerdict) scaled = sw_verdict_new (dataset);
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  double *weights = g_newa (double, n_criteria);
  double *smaller = g_newa (double, n_criteria);

  for (guint i = 0; i < 1000; i++)
    {
      double k = g_rand_double_range (rand, 0.05, 1.0);

      random_weights (rand, n_criteria, weights);
      for (guint c = 0; c < n_criteria; c++)
        smaller[c] = k * weights[c];

      sw_evaluate (dataset, weights, base);
      sw_evaluate (dataset, smaller, scaled);

      for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
        g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (base, t),
                                        sw_verdict_get_score (scaled, t), 1e-9);

      /* Exact ties may break either way after rounding; skip them. */
      if (sw_verdict_get_margin (base) < 1e-9)
        continue;

      g_assert_cmpint (sw_verdict_get_leader (base), ==, sw_verdict_get_leader (scaled));
      g_assert_cmpint (sw_verdict_get_runner_up (base), ==, sw_verdict_get_runner_up (scaled));

      /* Tipping points scale with the other weights (when they stay inside 0..10). */
      for (guint p = 0; p < sw_verdict_get_n_tipping_points (base); p++)
        {
          const SwTippingPoint *point = sw_verdict_get_tipping_point (base, p);
          gboolean found = FALSE;

          for (guint q = 0; q < sw_verdict_get_n_tipping_points (scaled); q++)
            {
              const SwTippingPoint *other = sw_verdict_get_tipping_point (scaled, q);

              if (other->criterion == point->criterion && other->direction == point->direction)
                {
                  g_assert_cmpfloat_with_epsilon (other->at, k * point->at, 1e-7);
                  g_assert_cmpint (other->new_leader, ==, point->new_leader);
                  found = TRUE;
                }
            }
          g_assert_true (found);
        }
    }
}

static void
test_scale_invariance (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwDataset) three = sw_test_load_dataset ("three-technologies.json");

  check_scale_invariance (dataset);
  check_scale_invariance (three);
}

/* The invariants every verdict keeps, on any weights. */
static void
check_verdict (SwDataset    *dataset,
               SwVerdict    *verdict,
               SwVerdict    *scratch,
               const double *weights)
{
  guint n_technologies = sw_dataset_get_n_technologies (dataset);
  int leader = sw_verdict_get_leader (verdict);
  int runner_up = sw_verdict_get_runner_up (verdict);
  double margin = sw_verdict_get_margin (verdict);
  double sum = 0.0;
  double previous = G_MAXDOUBLE;

  if (leader < 0)
    {
      g_assert_true (sw_verdict_get_undecided_reason (verdict) == SW_UNDECIDED_NO_PRIORITY ||
                     sw_verdict_get_undecided_reason (verdict) == SW_UNDECIDED_SITUATION_ONLY);
      return;
    }

  g_assert_cmpint (runner_up, >=, 0);
  g_assert_cmpint (runner_up, !=, leader);

  for (guint t = 0; t < n_technologies; t++)
    {
      double score = sw_verdict_get_score (verdict, t);

      g_assert_true (isfinite (score));
      g_assert_cmpfloat (score, >=, 0.0);
      g_assert_cmpfloat (score, <=, 100.0 + 1e-9);
      g_assert_cmpfloat (score, <=, sw_verdict_get_score (verdict, leader));
      if ((int) t != leader)
        g_assert_cmpfloat (score, <=, sw_verdict_get_score (verdict, runner_up));
    }

  g_assert_cmpfloat_with_epsilon (margin, sw_verdict_get_score (verdict, leader) -
                                  sw_verdict_get_score (verdict, runner_up), 1e-12);

  /* The kind follows the documented thresholds; the confidence waits for the
   * robustness estimate (test-robustness.c). */
  g_assert_cmpint (sw_verdict_get_confidence (verdict), ==, SW_CONFIDENCE_CLOSE_CALL);

  switch (sw_verdict_get_kind (verdict))
    {
    case SW_VERDICT_KIND_TECHNOLOGY:
      g_assert_cmpfloat (margin, >=, SW_VERDICT_UNDECIDED_MARGIN);
      break;
    case SW_VERDICT_KIND_UNDECIDED:
      g_assert_cmpfloat (margin, <, SW_VERDICT_UNDECIDED_MARGIN);
      break;
    case SW_VERDICT_KIND_HYBRID:
      {
        guint with_criteria = 0;

        g_assert_cmpfloat (margin, <, SW_VERDICT_HYBRID_MAX_MARGIN);
        for (guint t = 0; t < n_technologies; t++)
          with_criteria += sw_verdict_get_n_hybrid_criteria (verdict, t) > 0;
        g_assert_cmpuint (with_criteria, >=, 2);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  if (sw_verdict_get_kind (verdict) != SW_VERDICT_KIND_HYBRID)
    for (guint t = 0; t < n_technologies; t++)
      g_assert_cmpuint (sw_verdict_get_n_hybrid_criteria (verdict, t), ==, 0);

  /* Reasons: largest first, favouring the right side, adding up to the margin. */
  for (guint i = 0; i < sw_verdict_get_n_contributions (verdict); i++)
    {
      const SwContribution *contribution = sw_verdict_get_contribution (verdict, i);

      g_assert_cmpfloat (contribution->weight, >, 0.0);
      g_assert_cmpfloat (fabs (contribution->points), <=, previous);
      previous = fabs (contribution->points);
      if (contribution->points > 0)
        g_assert_cmpint (contribution->favours, ==, leader);
      else if (contribution->points < 0)
        g_assert_cmpint (contribution->favours, ==, runner_up);
      sum += contribution->points;
    }
  g_assert_cmpfloat_with_epsilon (sum, margin, 1e-9);

  /* Every tipping point flips the leader just past it and not just before,
   * and nothing changes the leader between the current weight and it. */
  for (guint p = 0; p < sw_verdict_get_n_tipping_points (verdict); p++)
    {
      const SwTippingPoint *point = sw_verdict_get_tipping_point (verdict, p);
      double current = weights[point->criterion];
      double sign = point->direction == SW_TIPPING_RAISE ? 1.0 : -1.0;

      g_assert_cmpfloat (point->share, >=, 0.0);
      g_assert_cmpfloat (point->share, <, 1.0);
      /* A share of 0 only for a raise from 0 at a tie (test_tie_at_zero). */
      if (point->share == 0.0)
        {
          g_assert_cmpint (point->direction, ==, SW_TIPPING_RAISE);
          g_assert_cmpfloat (point->at, ==, 0.0);
          g_assert_cmpfloat (current, ==, 0.0);
        }
      else
        g_assert_cmpfloat (point->at, >, 0.0);
      g_assert_cmpint (point->new_leader, !=, leader);
      if (point->direction == SW_TIPPING_RAISE)
        g_assert_cmpfloat (point->at, >=, current);
      else
        g_assert_cmpfloat (point->at, <=, current);

      /* A crossing within FLIP_STEP of 10 cannot be stepped past: weights stop at 10. */
      if (point->at + FLIP_STEP < 10.0)
        g_assert_cmpint (leader_with (dataset, scratch, weights, point->criterion,
                                      point->at + sign * FLIP_STEP), ==, point->new_leader);
      g_assert_cmpint (leader_with (dataset, scratch, weights, point->criterion,
                                    point->at - sign * FLIP_STEP), ==, leader);

      for (guint k = 1; k < 8; k++)
        {
          double x = current + (point->at - current) * k / 8.0;

          if (fabs (x - point->at) > FLIP_STEP)
            g_assert_cmpint (leader_with (dataset, scratch, weights, point->criterion, x), ==, leader);
        }
    }

  /* And where there is none, the leader holds all the way to the end. */
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    {
      gboolean up = FALSE;
      gboolean down = FALSE;

      for (guint p = 0; p < sw_verdict_get_n_tipping_points (verdict); p++)
        {
          const SwTippingPoint *point = sw_verdict_get_tipping_point (verdict, p);

          if (point->criterion != c)
            continue;
          up |= point->direction == SW_TIPPING_RAISE;
          down |= point->direction == SW_TIPPING_LOWER;
        }

      if (!up)
        for (guint k = 1; k <= 8; k++)
          {
            double x = weights[c] + (10.0 - weights[c]) * k / 8.0;
            int now = leader_with (dataset, scratch, weights, c, x);

            /* A line that meets the leader exactly at 10 may tie there. */
            if (now != leader)
              g_assert_cmpfloat_with_epsilon (sw_verdict_get_margin (scratch), 0.0, 1e-9);
          }

      if (!down)
        for (guint k = 1; k < 8; k++)
          {
            double x = weights[c] * (1.0 - k / 8.0);
            int now = leader_with (dataset, scratch, weights, c, x);

            if (now != leader && now >= 0)
              g_assert_cmpfloat_with_epsilon (sw_verdict_get_margin (scratch), 0.0, 1e-9);
          }
    }
}

static void
check_random_vectors (SwDataset *dataset,
                      guint32    seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(SwVerdict) verdict = sw_verdict_new (dataset);
  g_autoptr(SwVerdict) scratch = sw_verdict_new (dataset);
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  double *weights = g_newa (double, n_criteria);
  guint kinds[3] = { 0 };

  for (guint i = 0; i < N_RANDOM_VECTORS; i++)
    {
      random_weights (rand, n_criteria, weights);
      sw_evaluate (dataset, weights, verdict);
      check_verdict (dataset, verdict, scratch, weights);
      kinds[sw_verdict_get_kind (verdict)]++;
    }

  g_test_message ("%s: %u technology, %u hybrid, %u undecided", sw_dataset_get_id (dataset),
                  kinds[SW_VERDICT_KIND_TECHNOLOGY], kinds[SW_VERDICT_KIND_HYBRID],
                  kinds[SW_VERDICT_KIND_UNDECIDED]);
  g_assert_cmpuint (kinds[SW_VERDICT_KIND_TECHNOLOGY], >, 0);
}

/* At a tie the leader is only the first in dataset order, and any raise of a
 * slider at 0 whose fits favour the other technology flips it: a tipping
 * point at 0, a share of 0 (docs/scoring.md). */
static void
test_tie_at_zero (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) verdict = NULL;
  g_autoptr(SwVerdict) scratch = NULL;
  double weights[32] = { 0 };
  int nodejs = sw_dataset_find_technology (dataset, "nodejs");
  int microservices = sw_dataset_find_criterion (dataset, "microservices");
  int data_ml = sw_dataset_find_criterion (dataset, "data_ml");
  gboolean raise_microservices = FALSE;

  set_weight (dataset, weights, "realtime", 3);   /* Python 4, Node.js 9: 3 · −5 */
  set_weight (dataset, weights, "learning", 5);   /* Python 9, Node.js 6: 5 · +3 */
  verdict = sw_evaluate_new (dataset, weights);
  scratch = sw_evaluate_new (dataset, weights);

  g_assert_cmpfloat (sw_verdict_get_margin (verdict), ==, 0.0);
  g_assert_cmpint (sw_verdict_get_leader (verdict), !=, nodejs);
  check_verdict (dataset, verdict, scratch, weights);

  for (guint p = 0; p < sw_verdict_get_n_tipping_points (verdict); p++)
    {
      const SwTippingPoint *point = sw_verdict_get_tipping_point (verdict, p);
      g_autofree char *sentence = sw_verdict_dup_tipping_point_sentence (verdict, p);

      /* Python's strengths at 0 change nothing: it already leads. */
      g_assert_cmpint (point->criterion, !=, data_ml);
      if ((int) point->criterion != microservices)
        continue;
      g_assert_cmpint (point->direction, ==, SW_TIPPING_RAISE);
      g_assert_cmpfloat (point->share, ==, 0.0);
      g_assert_cmpfloat (point->at, ==, 0.0);
      g_assert_cmpint (point->new_leader, ==, nodejs);
      g_assert_cmpstr (sentence, ==, "Raise Light container services above 0.0 and Node.js takes the lead.");
      raise_microservices = TRUE;
    }
  g_assert_true (raise_microservices);
}

static void
test_properties (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");

  check_random_vectors (dataset, 1);
}

static void
test_properties_three (void)
{
  g_autoptr(SwDataset) three = sw_test_load_dataset ("three-technologies.json");

  check_random_vectors (three, 2);
}

static void
test_presets_hold_invariants (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) verdict = sw_verdict_new (dataset);
  g_autoptr(SwVerdict) scratch = sw_verdict_new (dataset);

  for (guint p = 0; p < sw_dataset_get_n_presets (dataset); p++)
    {
      const double *weights = sw_dataset_get_preset (dataset, p)->weights;

      sw_evaluate (dataset, weights, verdict);
      check_verdict (dataset, verdict, scratch, weights);
    }
}

static void
test_three_technologies (void)
{
  g_autoptr(SwDataset) three = sw_test_load_dataset ("three-technologies.json");
  g_autoptr(SwVerdict) verdict = NULL;
  double weights[32] = { 0 };
  int go = sw_dataset_find_technology (three, "go");
  int python = sw_dataset_find_technology (three, "python");
  gboolean found = FALSE;

  /* Go leads on microservices, Python on data: the runner-up is not always second in order. */
  set_weight (three, weights, "microservices", 10);
  set_weight (three, weights, "cpu_bound", 6);
  set_weight (three, weights, "data_ml", 3);
  verdict = sw_evaluate_new (three, weights);

  g_assert_cmpint (sw_verdict_get_leader (verdict), ==, go);
  g_assert_cmpint (sw_verdict_get_runner_up (verdict), ==, python);

  /* Raising data_ml hands the lead to Python, not to Node.js. */
  for (guint p = 0; p < sw_verdict_get_n_tipping_points (verdict); p++)
    {
      const SwTippingPoint *point = sw_verdict_get_tipping_point (verdict, p);

      if (point->criterion == (guint) sw_dataset_find_criterion (three, "data_ml"))
        {
          g_assert_cmpint (point->direction, ==, SW_TIPPING_RAISE);
          g_assert_cmpint (point->new_leader, ==, python);
          found = TRUE;
        }
    }
  g_assert_true (found);
}

/* The least total share to move so that rival ties the leader, found
 * independently of the engine: the linear program
 *   min ½ Σ |s'_c − s_c|  over s' ≥ 0, Σ s' = 1, Σ s'_c d_c = 0
 * has its optimum at a vertex where all but two coordinates sit at 0 or at
 * their current share; try every such vertex. */
static double
exhaustive_flip (const double *shares,
                 const double *d,
                 guint         n)
{
  double best = G_MAXDOUBLE;

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      for (guint mask = 0; mask < (1u << (n - 2)); mask++)
        {
          double fixed = 0.0;
          double fixed_d = 0.0;
          double cost = 0.0;
          double sa;
          double sb;
          guint bit = 0;

          if (d[a] == d[b])
            continue;

          for (guint c = 0; c < n; c++)
            {
              double value;

              if (c == a || c == b)
                continue;
              value = (mask >> bit++) & 1 ? shares[c] : 0.0;
              fixed += value;
              fixed_d += value * d[c];
              cost += fabs (value - shares[c]);
            }

          /* sa + sb = 1 − fixed; d_a sa + d_b sb = −fixed_d */
          sa = (-fixed_d - d[b] * (1.0 - fixed)) / (d[a] - d[b]);
          sb = 1.0 - fixed - sa;
          if (sa < -1e-12 || sb < -1e-12)
            continue;
          cost += fabs (sa - shares[a]) + fabs (sb - shares[b]);
          best = MIN (best, cost / 2.0);
        }

  return best;
}

static void
check_flips (SwDataset *dataset,
             guint32    seed,
             guint      n_cases)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(SwVerdict) verdict = sw_verdict_new (dataset);
  g_autoptr(SwVerdict) tied = sw_verdict_new (dataset);
  g_autoptr(SwVerdict) past = sw_verdict_new (dataset);
  const double *fits = sw_dataset_get_fit_values (dataset);
  const double *factors = sw_dataset_get_weight_factors (dataset);
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  guint n_technologies = sw_dataset_get_n_technologies (dataset);
  double weights[32];
  double shares[32];
  double after[32];
  double d[32];
  guint n_flips = 0;
  guint n_multi = 0;

  for (guint i = 0; i < n_cases; i++)
    {
      double total = 0.0;
      double best = G_MAXDOUBLE;
      double moved = 0.0;
      int leader;
      int rival;

      random_weights (rand, n_criteria, weights);
      sw_evaluate (dataset, weights, verdict);
      leader = sw_verdict_get_leader (verdict);
      if (leader < 0)
        {
          g_assert_false (sw_verdict_has_flip (verdict));
          continue;
        }

      /* A team-answered criterion with no answer counts 0 and can take no weight:
       * the search runs over the criteria that count. */
      for (guint c = 0; c < n_criteria; c++)
        total += weights[c] * factors[c];
      for (guint c = 0; c < n_criteria; c++)
        shares[c] = weights[c] * factors[c] / total;

      for (guint t = 0; t < n_technologies; t++)
        {
          double counted[32];
          guint n_counted = 0;

          if ((int) t == leader)
            continue;
          for (guint c = 0; c < n_criteria; c++)
            if (factors[c] > 0.0)
              {
                counted[n_counted] = shares[c];
                d[n_counted] = fits[leader * n_criteria + c] - fits[t * n_criteria + c];
                n_counted++;
              }
          best = MIN (best, exhaustive_flip (counted, d, n_counted));
        }

      if (!sw_verdict_has_flip (verdict))
        {
          /* Nothing to move (already tied) or no way to tie at all. */
          g_assert_true (best == G_MAXDOUBLE || best < 1e-12);
          continue;
        }

      n_flips++;
      n_multi += sw_verdict_get_n_flip_moves (verdict) > 1;
      rival = sw_verdict_get_flip_new_leader (verdict);
      g_assert_cmpint (rival, !=, leader);

      /* The moves add up, go from weighted criteria, and all into one. */
      for (guint m = 0; m < sw_verdict_get_n_flip_moves (verdict); m++)
        {
          const SwFlipMove *move = sw_verdict_get_flip_move (verdict, m);

          /* A move too small to matter is not one: the sentence would name
           * a criterion nothing is taken from. */
          g_assert_cmpfloat (move->share, >, 1e-12);
          g_assert_cmpfloat (move->share, <=, shares[move->from] + 1e-12);
          g_assert_cmpuint (move->to, ==, sw_verdict_get_flip_move (verdict, 0)->to);
          g_assert_cmpuint (move->from, !=, move->to);
          moved += move->share;
        }
      g_assert_cmpfloat_with_epsilon (moved, sw_verdict_get_flip_share_moved (verdict), 1e-12);

      /* No smaller move exists. */
      g_assert_cmpfloat (sw_verdict_get_flip_share_moved (verdict), <=, best + 1e-9);
      g_assert_cmpfloat (sw_verdict_get_flip_share_moved (verdict), >=, best - 1e-9);

      /* Applying it ties the two, with nobody above them. */
      sw_verdict_apply_flip (verdict, after);
      sw_evaluate (dataset, after, tied);
      g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (tied, leader),
                                      sw_verdict_get_score (tied, rival), 1e-9);
      for (guint t = 0; t < n_technologies; t++)
        g_assert_cmpfloat (sw_verdict_get_score (tied, t), <=, sw_verdict_get_score (tied, leader) + 1e-9);

      /* And a little more of the same hands the lead to the rival. */
      for (guint c = 0; c < n_criteria; c++)
        after[c] = shares[c] + (after[c] - shares[c]) * 1.001;
      for (guint c = 0; c < n_criteria; c++)
        after[c] = MAX (after[c], 0.0);
      sw_evaluate (dataset, after, past);
      if (sw_verdict_get_flip_share_moved (verdict) * 0.001 > 1e-6)
        g_assert_cmpfloat (sw_verdict_get_score (past, rival), >, sw_verdict_get_score (past, leader));
    }

  g_test_message ("%s: %u flips checked, %u with several sources", sw_dataset_get_id (dataset),
                  n_flips, n_multi);
  g_assert_cmpuint (n_flips, >, n_cases / 2);
}

static void
test_flip (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwDataset) three = sw_test_load_dataset ("three-technologies.json");
  g_autoptr(SwDataset) minimal = sw_test_load_dataset ("minimal.json");

  check_flips (dataset, 41, 1000);
  check_flips (three, 42, 300);
  check_flips (minimal, 43, 1000);
}

/* docs/scoring.md's worked example of the smallest change (tests/data/minimal.json). */
static void
test_flip_documented (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("minimal.json");
  double weights[3] = { 3, 3, 0 };   /* realtime, data_ml, learning */
  g_autoptr(SwVerdict) verdict = sw_evaluate_new (dataset, weights);
  g_autofree char *sentence = sw_verdict_dup_flip_sentence (verdict);
  const SwFlipMove *move;

  g_test_message ("%s", sentence);
  g_assert_true (sw_verdict_has_flip (verdict));
  g_assert_cmpuint (sw_verdict_get_n_flip_moves (verdict), ==, 1);
  move = sw_verdict_get_flip_move (verdict, 0);
  g_assert_cmpuint (move->from, ==, 1);
  g_assert_cmpuint (move->to, ==, 0);
  g_assert_cmpfloat_with_epsilon (move->share, 1.0 / 12.0, 1e-12);
  g_assert_cmpint (sw_verdict_get_flip_new_leader (verdict), ==, sw_dataset_find_technology (dataset, "nodejs"));
  g_assert_cmpstr (sentence, ==, "Moving 9% of the weight from Data & ML to Real-time features would tie Python with Node.js.");

  /* The same example's other figures: shares (.5, .5, 0), 70 to 60, a hybrid, and
   * the tipping points at 15/7 (data_ml lowered) and 4.2 (realtime raised). */
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, 0), 70.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, 1), 60.0, 1e-9);
  g_assert_cmpint (sw_verdict_get_kind (verdict), ==, SW_VERDICT_KIND_HYBRID);
  g_assert_cmpuint (sw_verdict_get_n_tipping_points (verdict), ==, 2);
  for (guint p = 0; p < 2; p++)
    {
      const SwTippingPoint *point = sw_verdict_get_tipping_point (verdict, p);
      g_autofree char *tipping = sw_verdict_dup_tipping_point_sentence (verdict, p);

      if (point->criterion == 1)
        {
          g_assert_cmpfloat_with_epsilon (point->at, 15.0 / 7.0, 1e-12);
          g_assert_cmpfloat_with_epsilon (point->share, 5.0 / 12.0, 1e-12);
          g_assert_cmpstr (tipping, ==, "Lower Data & ML below 2.1 and Node.js takes the lead.");
        }
      else
        {
          g_assert_cmpuint (point->criterion, ==, 0);
          g_assert_cmpfloat_with_epsilon (point->at, 4.2, 1e-12);
          g_assert_cmpstr (tipping, ==, "Raise Real-time features above 4.2 and Node.js takes the lead.");
        }
    }
}

/* What rounding leaves of the difference once enough weight is moved (a few
 * 1e-17) is no reason to take from one more source: the moves, and the
 * sentence that names their sources, stop there. They once went on, and named
 * a criterion nothing was taken from, in about one setting in forty. */
static void
test_flip_rounding_remainder (void)
{
  g_autoptr(SwDataset) minimal = sw_test_load_dataset ("minimal.json");
  g_autoptr(SwDataset) shipped = sw_test_load_dataset ("shipped");
  /* realtime, data_ml, learning: the first source's whole share is enough. */
  double minimal_weights[3] = { 1, 3.5, 7.5 };
  /* Part of the first source's share is enough. */
  double shipped_weights[10] = { 3, 7, 7, 5, 10, 2, 0, 9.5, 10, 7.5 };
  g_autoptr(SwVerdict) verdict = sw_evaluate_new (minimal, minimal_weights);
  g_autoptr(SwVerdict) shipped_verdict = sw_evaluate_new (shipped, shipped_weights);
  g_autofree char *sentence = sw_verdict_dup_flip_sentence (shipped_verdict);
  const SwFlipMove *move;

  g_assert_cmpuint (sw_verdict_get_n_flip_moves (verdict), ==, 1);
  move = sw_verdict_get_flip_move (verdict, 0);
  g_assert_cmpfloat (move->share, ==, 3.5 / 12.0);
  g_assert_cmpfloat (sw_verdict_get_flip_share_moved (verdict), ==, move->share);

  g_assert_cmpuint (sw_verdict_get_n_flip_moves (shipped_verdict), ==, 1);
  g_assert_cmpstr (sentence, ==, "Moving 13% of the weight from Data & ML to Code shared with the frontend "
                                 "would tie Python with Node.js.");
}

static void
test_single_weight (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwVerdict) verdict = NULL;
  double weights[32] = { 0 };
  int data_ml = sw_dataset_find_criterion (dataset, "data_ml");

  set_weight (dataset, weights, "data_ml", 0.5);
  verdict = sw_evaluate_new (dataset, weights);

  /* Only one priority: the scores are the fits; moving it within (0, 10] changes nothing. */
  g_assert_cmpfloat_with_epsilon (sw_verdict_get_score (verdict, sw_dataset_find_technology (dataset, "python")),
                                  100.0, 1e-9);
  for (guint p = 0; p < sw_verdict_get_n_tipping_points (verdict); p++)
    g_assert_cmpuint (sw_verdict_get_tipping_point (verdict, p)->criterion, !=, data_ml);
}

static void
test_refcount (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  double weights[32] = { 0 };
  SwVerdict *verdict;
  SwVerdict *copy;

  set_weight (dataset, weights, "realtime", 3);
  verdict = sw_evaluate_new (dataset, weights);
  copy = g_boxed_copy (SW_TYPE_VERDICT, verdict);

  g_assert_true (copy == verdict);
  g_assert_true (sw_verdict_get_dataset (copy) == dataset);
  g_boxed_free (SW_TYPE_VERDICT, copy);
  sw_verdict_unref (verdict);
}

static void
test_parse_weight (void)
{
  static const struct {
    const char *text;
    double value;
  } good[] = {
    { "0", 0 }, { "10", 10 }, { "7", 7 }, { "6.5", 6.5 }, { " 3 ", 3 }, { ".5", 0.5 },
    { "5.", 5 }, { "+2", 2 }, { "-0", 0 }, { "1e1", 10 }, { "1e-999", 0 }, { "10.0", 10 },
  };
  static const struct {
    const char *text;
    int code;
  } bad[] = {
    { "", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "  ", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "abc", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "nan", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "NaN", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "inf", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "-inf", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "infinity", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "0x5", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "5,5", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "5 5", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "7a", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "e", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { ".", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "--1", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "1e", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "1e999", SW_EVALUATE_ERROR_OUT_OF_RANGE },
    { "-1e999", SW_EVALUATE_ERROR_OUT_OF_RANGE },
    { "11", SW_EVALUATE_ERROR_OUT_OF_RANGE },
    { "10.0001", SW_EVALUATE_ERROR_OUT_OF_RANGE },
    { "-1", SW_EVALUATE_ERROR_OUT_OF_RANGE },
    { "-0.01", SW_EVALUATE_ERROR_OUT_OF_RANGE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -1;

      g_assert_true (sw_parse_weight (good[i].text, &value, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (value, ==, good[i].value);
      g_assert_false (signbit (value));
    }

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      double value = 42;

      g_test_message ("bad weight “%s”", bad[i].text);
      g_assert_false (sw_parse_weight (bad[i].text, &value, &error));
      g_assert_error (error, SW_EVALUATE_ERROR, bad[i].code);
      g_assert_cmpfloat (value, ==, 42);
      g_assert_null (strchr (error->message, '\n'));
    }
}

static void
test_parse_assignment (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  static const struct {
    const char *text;
    int code;
  } bad[] = {
    { "", SW_EVALUATE_ERROR_MALFORMED },
    { "realtime", SW_EVALUATE_ERROR_MALFORMED },
    { "=5", SW_EVALUATE_ERROR_MALFORMED },
    { " =5", SW_EVALUATE_ERROR_MALFORMED },
    { "speed=5", SW_EVALUATE_ERROR_UNKNOWN_CRITERION },
    { "Realtime=5", SW_EVALUATE_ERROR_UNKNOWN_CRITERION },
    { "realtime=", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "realtime=5=6", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "realtime=nan", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "realtime=inf", SW_EVALUATE_ERROR_NOT_A_NUMBER },
    { "realtime=1e999", SW_EVALUATE_ERROR_OUT_OF_RANGE },
    { "realtime=10.5", SW_EVALUATE_ERROR_OUT_OF_RANGE },
    { "real\ntime=5", SW_EVALUATE_ERROR_UNKNOWN_CRITERION },
    { "\xff\xfe=5", SW_EVALUATE_ERROR_UNKNOWN_CRITERION },
  };
  g_autoptr(GError) error = NULL;
  guint criterion = 99;
  double value = -1;

  g_assert_true (sw_parse_weight_assignment (dataset, "data_ml=6.5", &criterion, &value, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (criterion, ==, sw_dataset_find_criterion (dataset, "data_ml"));
  g_assert_cmpfloat (value, ==, 6.5);

  g_assert_true (sw_parse_weight_assignment (dataset, " realtime = 0 ", &criterion, &value, &error));
  g_assert_cmpuint (criterion, ==, sw_dataset_find_criterion (dataset, "realtime"));
  g_assert_cmpfloat (value, ==, 0);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) local_error = NULL;

      criterion = 99;
      g_assert_false (sw_parse_weight_assignment (dataset, bad[i].text, &criterion, &value, &local_error));
      g_assert_error (local_error, SW_EVALUATE_ERROR, bad[i].code);
      g_assert_cmpuint (criterion, ==, 99);
      g_assert_true (g_utf8_validate (local_error->message, -1, NULL));
      g_assert_null (strchr (local_error->message, '\n'));

      if (bad[i].code == SW_EVALUATE_ERROR_UNKNOWN_CRITERION)
        g_assert_nonnull (strstr (local_error->message, "choose one of: realtime, "));
    }
}

static void
test_find_preset (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(GError) error = NULL;
  guint index = 99;

  g_assert_true (sw_find_preset_checked (dataset, "dev-knows-js", &index, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sw_dataset_get_preset (dataset, index)->id, ==, "dev-knows-js");

  g_assert_false (sw_find_preset_checked (dataset, "foo", &index, &error));
  g_assert_error (error, SW_EVALUATE_ERROR, SW_EVALUATE_ERROR_UNKNOWN_PRESET);
  g_assert_true (g_str_has_prefix (error->message, "unknown preset “foo”; choose one of: startup-validate, "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/evaluate/presets", test_presets);
  g_test_add_func ("/stackwise/evaluate/hybrid-example", test_hybrid_example);
  g_test_add_func ("/stackwise/evaluate/all-zero", test_all_zero);
  g_test_add_func ("/stackwise/evaluate/tie", test_tie);
  g_test_add_func ("/stackwise/evaluate/tie-at-zero", test_tie_at_zero);
  g_test_add_func ("/stackwise/evaluate/clamping", test_clamping);
  g_test_add_func ("/stackwise/evaluate/weight-scale", test_weight_scale);
  g_test_add_func ("/stackwise/evaluate/ranking", test_ranking);
  g_test_add_func ("/stackwise/evaluate/scale-invariance", test_scale_invariance);
  g_test_add_func ("/stackwise/evaluate/properties", test_properties);
  g_test_add_func ("/stackwise/evaluate/properties-three", test_properties_three);
  g_test_add_func ("/stackwise/evaluate/presets-invariants", test_presets_hold_invariants);
  g_test_add_func ("/stackwise/evaluate/three-technologies", test_three_technologies);
  g_test_add_func ("/stackwise/evaluate/single-weight", test_single_weight);
  g_test_add_func ("/stackwise/evaluate/flip", test_flip);
  g_test_add_func ("/stackwise/evaluate/flip-documented", test_flip_documented);
  g_test_add_func ("/stackwise/evaluate/flip-rounding-remainder", test_flip_rounding_remainder);
  g_test_add_func ("/stackwise/evaluate/refcount", test_refcount);
  g_test_add_func ("/stackwise/evaluate/parse-weight", test_parse_weight);
  g_test_add_func ("/stackwise/evaluate/parse-assignment", test_parse_assignment);
  g_test_add_func ("/stackwise/evaluate/find-preset", test_find_preset);

  return g_test_run ();
}
