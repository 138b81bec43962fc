/* test-situation.c — the team's situation: team-answered criteria, equal weights, presets, legacy
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "sw-evaluate.h"
#include "sw-robustness.h"
#include "sw-test.h"

#define PYTHON 0
#define NODEJS 1

/* What a verdict says, in a test table's words. */
typedef enum
{
  NO_WINNER,   /* undecided, or a close call, or a hybrid */
  PY,          /* Python, leaning or clear */
  NODE,        /* Node.js, leaning or clear */
  HYBRID,      /* a hybrid */
} Outcome;

static Outcome
outcome_of (SwVerdict *verdict)
{
  if (sw_verdict_get_kind (verdict) == SW_VERDICT_KIND_HYBRID)
    return HYBRID;
  if (sw_verdict_get_kind (verdict) == SW_VERDICT_KIND_UNDECIDED
      || sw_verdict_get_confidence (verdict) == SW_CONFIDENCE_CLOSE_CALL)
    return NO_WINNER;
  return sw_verdict_get_leader (verdict) == PYTHON ? PY : NODE;
}

static Outcome
evaluate (SwDataset         *dataset,
          const SwSituation *situation,
          const double      *weights)
{
  g_autoptr(SwDataset) situated = sw_dataset_new_situated (dataset, situation);
  g_autoptr(SwVerdict) verdict = sw_evaluate_new (situated, weights);

  /* The confidence word reads the robustness estimate. */
  sw_verdict_estimate_robustness (verdict);

  g_test_message ("kind %d, leader %d, margin %.2f", sw_verdict_get_kind (verdict),
                  sw_verdict_get_leader (verdict), sw_verdict_get_margin (verdict));
  return outcome_of (verdict);
}

static const SwPreset *
preset (SwDataset  *dataset,
        const char *id)
{
  int index = sw_dataset_find_preset (dataset, id);

  g_assert_cmpint (index, >=, 0);
  return sw_dataset_get_preset (dataset, index);
}

/* With every criterion at the same weight and nothing stated, no technology wins:
 * a close call, at every level (the weights are the same shares). */
static void
test_equal_weights (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  guint n = sw_dataset_get_n_criteria (dataset);
  double *weights = g_newa (double, n);
  SwSituation nothing;

  sw_situation_init (&nothing);
  for (guint level = 1; level <= 10; level++)
    {
      g_autoptr(SwVerdict) verdict = NULL;

      for (guint c = 0; c < n; c++)
        weights[c] = level;
      verdict = sw_evaluate_new (dataset, weights);
      sw_verdict_estimate_robustness (verdict);
      g_assert_cmpint (sw_verdict_get_confidence (verdict), ==, SW_CONFIDENCE_CLOSE_CALL);
      /* Equal weights are equal shares, 1/8 each of the eight that count: none
       * carries the fifth a hybrid needs, at any level. */
      g_assert_cmpint (evaluate (dataset, &nothing, weights), ==, NO_WINNER);
    }
}

/* An unanswered team-answered criterion adds nothing, whatever its weight. */
static void
test_unanswered_adds_nothing (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  int skills = sw_dataset_find_answer (dataset, SW_ANSWER_SKILLS);
  int existing = sw_dataset_find_answer (dataset, SW_ANSWER_EXISTING);
  double weights[10] = { 0 };
  double without[10] = { 0 };
  g_autoptr(SwVerdict) only = NULL;
  g_autoptr(SwVerdict) a = NULL;
  g_autoptr(SwVerdict) b = NULL;

  g_assert_cmpuint (sw_dataset_get_n_criteria (dataset), ==, 10);
  weights[skills] = 10;
  weights[existing] = 10;
  only = sw_evaluate_new (dataset, weights);
  g_assert_cmpint (sw_verdict_get_undecided_reason (only), ==, SW_UNDECIDED_SITUATION_ONLY);

  weights[sw_dataset_find_criterion (dataset, "data_ml")] = 6;
  without[sw_dataset_find_criterion (dataset, "data_ml")] = 6;
  weights[sw_dataset_find_criterion (dataset, "realtime")] = 4;
  without[sw_dataset_find_criterion (dataset, "realtime")] = 4;
  a = sw_evaluate_new (dataset, weights);
  b = sw_evaluate_new (dataset, without);
  for (guint t = 0; t < 2; t++)
    g_assert_cmpfloat (sw_verdict_get_score (a, t), ==, sw_verdict_get_score (b, t));
  g_assert_cmpuint (sw_verdict_get_n_contributions (a), ==, 2);
}

/* Stated answers become fits: levels with ±1, the existing systems' technology 10. */
static void
test_situated_fits (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  g_autoptr(SwDataset) situated = NULL;
  int skills = sw_dataset_find_answer (dataset, SW_ANSWER_SKILLS);
  int existing = sw_dataset_find_answer (dataset, SW_ANSWER_EXISTING);
  SwSituation situation;

  sw_situation_init (&situation);
  situation.skills[PYTHON] = 7;
  situation.existing = NODEJS;
  situated = sw_dataset_new_situated (dataset, &situation);

  g_assert_true (sw_dataset_get_base (situated) == dataset);
  g_assert_true (sw_dataset_criterion_is_answered (situated, skills));
  g_assert_true (sw_dataset_criterion_is_answered (situated, existing));
  g_assert_cmpfloat (sw_dataset_get_fit (situated, PYTHON, skills)->value, ==, 7);
  g_assert_cmpfloat (sw_dataset_get_fit (situated, PYTHON, skills)->low, ==, 6);
  g_assert_cmpfloat (sw_dataset_get_fit (situated, PYTHON, skills)->high, ==, 8);
  g_assert_cmpfloat (sw_dataset_get_fit (situated, NODEJS, skills)->value, ==, 0);
  g_assert_cmpfloat (sw_dataset_get_fit (situated, NODEJS, existing)->value, ==, 10);
  g_assert_cmpfloat (sw_dataset_get_fit (situated, PYTHON, existing)->value, ==, 0);
  /* The other fits are the dataset's. */
  g_assert_cmpfloat (sw_dataset_get_fit (situated, PYTHON, 0)->value, ==,
                     sw_dataset_get_fit (dataset, PYTHON, 0)->value);
  g_assert_cmpstr (sw_dataset_get_fit (situated, PYTHON, 0)->rationale, ==,
                   sw_dataset_get_fit (dataset, PYTHON, 0)->rationale);
  g_assert_cmpstr (sw_dataset_get_criterion (situated, 0)->name, ==,
                   sw_dataset_get_criterion (dataset, 0)->name);

  /* "None or another" answers nothing. */
  situation.existing = SW_EXISTING_NONE;
  g_clear_object (&situated);
  situated = sw_dataset_new_situated (dataset, &situation);
  g_assert_false (sw_dataset_criterion_is_answered (situated, existing));
  g_assert_finalize_object (g_steal_pointer (&situated));
}

/* Every preset, as loaded (its own situation), with nothing stated, and with a
 * situation that favours neither technology. */
static void
test_presets (void)
{
  static const struct {
    const char *id;
    Outcome     own;       /* with the facts its cell states */
    Outcome     nothing;   /* with nothing stated */
  } table[] = {
    { "startup-validate", NODE, NODE },
    { "startup-data", PY, PY },
    { "startup-fullstack", NODE, NODE },
    { "enterprise-traffic", NODE, NODE },
    { "enterprise-analytics", PY, PY },
    /* The guide names no technology: undecided until the existing systems are stated. */
    { "enterprise-legacy", NO_WINNER, NO_WINNER },
    { "dev-first-language", PY, PY },
    /* Its reason is the JavaScript the person knows: without it, no winner. */
    { "dev-knows-js", NODE, NO_WINNER },
    { "dev-data-career", PY, PY },
  };
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  SwSituation nothing, even;

  sw_situation_init (&nothing);
  sw_situation_init (&even);
  even.skills[PYTHON] = even.skills[NODEJS] = 5;
  even.existing = SW_EXISTING_NONE;

  g_assert_cmpuint (sw_dataset_get_n_presets (dataset), ==, G_N_ELEMENTS (table));
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      const SwPreset *p = preset (dataset, table[i].id);
      SwSituation own_and_even = even;

      g_test_message ("%s", table[i].id);
      g_assert_cmpint (evaluate (dataset, &p->situation, p->weights), ==, table[i].own);
      g_assert_cmpint (evaluate (dataset, &nothing, p->weights), ==, table[i].nothing);
      /* Even skills and no existing stack change nothing where the cell states no fact. */
      if (sw_situation_is_empty (&p->situation))
        g_assert_cmpint (evaluate (dataset, &own_and_even, p->weights), ==, table[i].own);

      /* The dataset's expected answer agrees with the guide's. */
      if (table[i].own == PY || table[i].own == NODE)
        g_assert_cmpstr (p->expected, ==, table[i].own == PY ? "python" : "nodejs");
      else
        g_assert_null (p->expected);
    }

  /* Where a cell states a fact, the preset states it. */
  g_assert_cmpfloat (preset (dataset, "dev-knows-js")->situation.skills[NODEJS], >=, 7);
  g_assert_cmpfloat (preset (dataset, "startup-fullstack")->situation.skills[NODEJS], >=, 7);
}

/* Legacy integration follows the existing systems, both ways. */
static void
test_legacy (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  const SwPreset *legacy = preset (dataset, "enterprise-legacy");
  SwSituation situation;

  sw_situation_init (&situation);
  g_assert_cmpint (evaluate (dataset, &situation, legacy->weights), ==, NO_WINNER);
  situation.existing = SW_EXISTING_NONE;
  g_assert_cmpint (evaluate (dataset, &situation, legacy->weights), ==, NO_WINNER);
  situation.existing = PYTHON;
  g_assert_cmpint (evaluate (dataset, &situation, legacy->weights), ==, PY);
  situation.existing = NODEJS;
  g_assert_cmpint (evaluate (dataset, &situation, legacy->weights), ==, NODE);

  /* Skills do not decide it: the cell says nothing about them. */
  sw_situation_init (&situation);
  situation.skills[PYTHON] = 9;
  g_assert_cmpint (evaluate (dataset, &situation, legacy->weights), ==, NO_WINNER);
}

/* The guide's hybrid: real-time and data/ML both top priority. */
static void
test_hybrid (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  double weights[10] = { 0 };
  SwSituation situation;

  sw_situation_init (&situation);
  weights[sw_dataset_find_criterion (dataset, "realtime")] = 10;
  weights[sw_dataset_find_criterion (dataset, "data_ml")] = 10;
  g_assert_cmpint (evaluate (dataset, &situation, weights), ==, HYBRID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/situation/equal-weights", test_equal_weights);
  g_test_add_func ("/stackwise/situation/unanswered-adds-nothing", test_unanswered_adds_nothing);
  g_test_add_func ("/stackwise/situation/situated-fits", test_situated_fits);
  g_test_add_func ("/stackwise/situation/presets", test_presets);
  g_test_add_func ("/stackwise/situation/legacy", test_legacy);
  g_test_add_func ("/stackwise/situation/hybrid", test_hybrid);

  return g_test_run ();
}
