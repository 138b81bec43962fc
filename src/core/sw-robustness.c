/* sw-robustness.c — how often each technology leads when fits and weights vary plausibly
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-evaluate.h"
#include "sw-robustness.h"
#include "sw-verdict-private.h"

/* xoshiro256** seeded by splitmix64 (Blackman and Vigna): fast, good enough
 * for sampling, and the same on every platform, unlike GRand's doubles. */
typedef struct
{
  guint64 s[4];
} Rng;

static inline guint64
splitmix64 (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9e3779b97f4a7c15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xbf58476d1ce4e5b9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94d049bb133111eb);

  return z ^ (z >> 31);
}

static inline guint64
rotl (guint64 x,
      int     k)
{
  return (x << k) | (x >> (64 - k));
}

static void
rng_init (Rng     *rng,
          guint64  seed)
{
  for (guint i = 0; i < 4; i++)
    rng->s[i] = splitmix64 (&seed);
}

static inline guint64
rng_next (Rng *rng)
{
  guint64 *s = rng->s;
  guint64 result = rotl (s[1] * 5, 7) * 9;
  guint64 t = s[1] << 17;

  s[2] ^= s[0];
  s[3] ^= s[1];
  s[1] ^= s[2];
  s[0] ^= s[3];
  s[2] ^= t;
  s[3] = rotl (s[3], 45);

  return result;
}

/* Uniform in [0, 1), from the top 53 bits. */
static inline double
rng_uniform (Rng *rng)
{
  return (double) (rng_next (rng) >> 11) * (1.0 / 9007199254740992.0);
}

guint64
sw_robustness_seed (SwDataset    *dataset,
                    const double *weights)
{
  /* FNV-1a over the dataset id and the weights as the evaluator sees them. */
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  const guint64 prime = G_GUINT64_CONSTANT (0x100000001b3);
  guint n_criteria;

  g_return_val_if_fail (SW_IS_DATASET (dataset), 0);
  g_return_val_if_fail (weights != NULL, 0);

  for (const char *p = sw_dataset_get_id (dataset); *p != '\0'; p++)
    hash = (hash ^ (guchar) *p) * prime;

  n_criteria = sw_dataset_get_n_criteria (dataset);
  for (guint c = 0; c < n_criteria; c++)
    {
      double w = sw_weight_clamp (weights[c]);
      guint64 bits;

      memcpy (&bits, &w, sizeof bits);
      for (guint i = 0; i < 8; i++)
        hash = (hash ^ ((bits >> (8 * i)) & 0xff)) * prime;
    }

  return hash;
}

void
sw_estimate_robustness (SwDataset    *dataset,
                        const double *weights,
                        guint         n_samples,
                        guint64       seed,
                        double       *out_probabilities)
{
  const double *lows;
  const double *highs;
  guint n_technologies;
  guint n_criteria;
  guint n_active = 0;
  guint n_counted = 0;
  guint *active;
  guint *wins;
  double *base;
  double *sample;
  Rng rng;

  g_return_if_fail (SW_IS_DATASET (dataset));
  g_return_if_fail (weights != NULL);
  g_return_if_fail (out_probabilities != NULL);

  n_technologies = sw_dataset_get_n_technologies (dataset);
  n_criteria = sw_dataset_get_n_criteria (dataset);
  lows = sw_dataset_get_fit_lows (dataset);
  highs = sw_dataset_get_fit_highs (dataset);

  /* The dataset format caps these at 8 and 32: the stack is plenty. */
  active = g_newa (guint, n_criteria);
  base = g_newa (double, n_criteria);
  sample = g_newa (double, n_criteria);
  wins = g_newa (guint, n_technologies);
  memset (wins, 0, sizeof (guint) * n_technologies);

  /* Unset criteria stay 0: the plausible cases are variations of what the
   * team said, not new priorities it never mentioned. */
  for (guint c = 0; c < n_criteria; c++)
    {
      double w = sw_weight_clamp (weights[c]);

      if (w > 0.0)
        {
          active[n_active] = c;
          base[n_active] = w;
          n_active++;
        }
    }

  rng_init (&rng, seed);

  for (guint i = 0; i < n_samples && n_active > 0; i++)
    {
      double weight_sum = 0.0;
      double best_sum = 0.0;
      int best = -1;

      for (guint k = 0; k < n_active; k++)
        {
          double w = base[k] + 2.0 * rng_uniform (&rng) - 1.0;

          sample[k] = w < 0.0 ? 0.0 : w > SW_WEIGHT_MAX ? SW_WEIGHT_MAX : w;
          weight_sum += sample[k];
        }

      /* Every small weight pushed to 0 at once: no priority, no leader. */
      if (weight_sum <= 0.0)
        continue;

      /* The sum of weights is common to all, so the weighted sums rank like the scores. */
      for (guint t = 0; t < n_technologies; t++)
        {
          const double *row_low = lows + t * n_criteria;
          const double *row_high = highs + t * n_criteria;
          double sum = 0.0;

          for (guint k = 0; k < n_active; k++)
            {
              guint c = active[k];
              double fit = row_low[c] + (row_high[c] - row_low[c]) * rng_uniform (&rng);

              sum += sample[k] * fit;
            }

          if (best < 0 || sum > best_sum)
            {
              best = t;
              best_sum = sum;
            }
        }

      wins[best]++;
      n_counted++;
    }

  for (guint t = 0; t < n_technologies; t++)
    out_probabilities[t] = n_counted > 0 ? (double) wins[t] / n_counted : 0.0;
}

void
sw_verdict_estimate_robustness (SwVerdict *verdict)
{
  double *probabilities;

  g_return_if_fail (verdict != NULL);

  probabilities = g_newa (double, verdict->n_technologies);
  sw_estimate_robustness (verdict->dataset, verdict->weights, SW_ROBUSTNESS_DEFAULT_SAMPLES,
                          sw_robustness_seed (verdict->dataset, verdict->weights),
                          probabilities);
  sw_verdict_set_robustness (verdict, probabilities);
}
