/* fuzz-common.h — what the libFuzzer targets share: set-up and invariant checks
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#include "sw-verdict.h"

/* A broken invariant is a finding like a crash: abort so that libFuzzer
 * keeps the input that caused it. */
#define FUZZ_CHECK(expr) \
  G_STMT_START { \
    if (G_UNLIKELY (!(expr))) \
      { \
        fprintf (stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #expr); \
        abort (); \
      } \
  } G_STMT_END

/* A warning or a failed g_return_if_fail() (ours or a library's that we
 * called wrongly) is a bug that the input found. GLib's own fatal path raises
 * SIGTRAP, which libFuzzer does not catch; abort() makes it keep the input. */
static inline GLogWriterOutput
fuzz_log_writer (GLogLevelFlags   level,
                 const GLogField *fields,
                 gsize            n_fields,
                 gpointer         user_data)
{
  GLogWriterOutput output = g_log_writer_default (level, fields, n_fields, user_data);

  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return output;
}

static inline void
fuzz_init (void)
{
  static gboolean done;

  if (done)
    return;
  done = TRUE;

  g_log_set_writer_func (fuzz_log_writer, NULL, NULL);
  /* Messages name things in English; no locale files are looked up. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
}

/* Every refusal is one line of UTF-8 in @domain that names the input. */
static inline void
fuzz_check_refusal (const GError *error,
                    GQuark        domain,
                    const char   *name)
{
  FUZZ_CHECK (error != NULL && error->domain == domain);
  FUZZ_CHECK (g_str_has_prefix (error->message, name));
  FUZZ_CHECK (g_utf8_validate (error->message, -1, NULL));
  FUZZ_CHECK (strchr (error->message, '\n') == NULL);
}

/* The evaluator's promises (docs/scoring.md): scores 0..100, the leader has
 * the highest score, the contributions add up to the margin. */
static inline void
fuzz_check_verdict (SwVerdict *verdict)
{
  SwDataset *dataset = sw_verdict_get_dataset (verdict);
  guint n_tech = sw_dataset_get_n_technologies (dataset);
  int leader = sw_verdict_get_leader (verdict);
  double sum = 0.0;

  for (guint t = 0; t < n_tech; t++)
    {
      double score = sw_verdict_get_score (verdict, t);

      FUZZ_CHECK (isfinite (score) && score >= 0.0 && score <= 100.0 + 1e-9);
      if (leader >= 0)
        FUZZ_CHECK (score <= sw_verdict_get_score (verdict, leader));
    }

  if (leader < 0)
    {
      FUZZ_CHECK (sw_verdict_get_n_contributions (verdict) == 0);
      return;
    }

  FUZZ_CHECK (sw_verdict_get_runner_up (verdict) >= 0 &&
              sw_verdict_get_runner_up (verdict) != leader);
  for (guint i = 0; i < sw_verdict_get_n_contributions (verdict); i++)
    sum += sw_verdict_get_contribution (verdict, i)->points;
  FUZZ_CHECK (fabs (sum - sw_verdict_get_margin (verdict)) <= 1e-9);

  for (guint i = 0; i < sw_verdict_get_n_tipping_points (verdict); i++)
    {
      const SwTippingPoint *tip = sw_verdict_get_tipping_point (verdict, i);

      /* A slider value, which may lie beyond 10 with the others held; its
       * share is below 1, and above 0 but for one case: a raise from a
       * slider at 0 while the scores tie (docs/scoring.md). */
      FUZZ_CHECK (isfinite (tip->at) && tip->at >= 0.0);
      FUZZ_CHECK (tip->share >= 0.0 && tip->share < 1.0);
      FUZZ_CHECK (tip->share > 0.0 || (tip->direction == SW_TIPPING_RAISE && tip->at == 0.0));
      FUZZ_CHECK (tip->new_leader >= 0 && (guint) tip->new_leader < n_tech);
    }

  /* The smallest change moves at most all of the weight. */
  if (sw_verdict_has_flip (verdict))
    FUZZ_CHECK (sw_verdict_get_flip_share_moved (verdict) > 0.0 &&
                sw_verdict_get_flip_share_moved (verdict) <= 1.0 + 1e-9);
}
