/* sw-robustness.c — how often each technology leads when fits and weights vary plausibly
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
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
  /* FNV-1a over the dataset id alone: every weighting of a dataset is weighed
   * against the same plausible cases (common random numbers), so that a small
   * change of the weights changes the figure only a little, and weights that
   * are the same proportions give the same figure. */
  guint64 hash = G_GUINT64_CONSTANT (0xcbf29ce484222325);
  const guint64 prime = G_GUINT64_CONSTANT (0x100000001b3);

  g_return_val_if_fail (SW_IS_DATASET (dataset), 0);

  (void) weights;
  for (const char *p = sw_dataset_get_id (dataset); *p != '\0'; p++)
    hash = (hash ^ (guchar) *p) * prime;

  return hash;
}

/* A fit drawn around its value v within [low, high]: a symmetric triangular
 * distribution on [v − h, v + h] with h = min(v − low, high − v), the half-width
 * the range allows on its nearer side. The value is the mode, the mean and the
 * median, and every draw stays within the range; an off-centre range (4 within
 * 3–6) is not sampled around its middle. A value at an end of its range stays
 * fixed. Symmetric, so a case's mirror image (u → 1 − u) mirrors every fit's
 * deviation exactly. Inverse transform of one uniform u. */
typedef struct
{
  double value;
  double half_width;
} FitShape;

static inline double
sample_fit (const FitShape *shape,
            double          u)
{
  if (u < 0.5)
    return shape->value - shape->half_width * (1.0 - sqrt (2.0 * u));
  return shape->value + shape->half_width * (1.0 - sqrt (2.0 * (1.0 - u)));
}

/* The plausible cases depend on the dataset, the seed and their number, never
 * on the weights: they are drawn once and kept with the dataset, and each
 * estimate only weighs them (a few multiply-adds per case). Floats: the draws
 * need no more precision, and the table stays small (4,096 cases of the shipped
 * dataset: 655 kB). */
typedef struct
{
  guint    n_samples;
  guint64  seed;
  guint    n_technologies;
  guint    n_criteria;
  float   *factors;   /* n_samples × n_criteria: 1 ± SW_ROBUSTNESS_WEIGHT_NOISE */
  float   *spreads;   /* n_samples × n_criteria: uniform in −1..1, scaled by a team's spread */
  float   *fits;      /* n_samples × n_technologies × n_criteria: a fit's deviation from its value */
} Cases;

static void
cases_free (gpointer data)
{
  Cases *cases = data;

  g_free (cases->factors);
  g_free (cases->spreads);
  g_free (cases->fits);
  g_free (cases);
}

static Cases *
cases_new (SwDataset *dataset,
           guint      n_samples,
           guint64    seed)
{
  const double *values = sw_dataset_get_fit_values (dataset);
  const double *lows = sw_dataset_get_fit_lows (dataset);
  const double *highs = sw_dataset_get_fit_highs (dataset);
  guint n_technologies = sw_dataset_get_n_technologies (dataset);
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  guint n_cells = n_technologies * n_criteria;
  guint n_uniforms = n_criteria * (n_technologies + 2);
  FitShape *shapes = g_newa (FitShape, n_cells);
  double *uniforms = g_newa (double, n_uniforms);
  Cases *cases = g_new0 (Cases, 1);
  Rng rng;

  cases->n_samples = n_samples;
  cases->seed = seed;
  cases->n_technologies = n_technologies;
  cases->n_criteria = n_criteria;
  cases->factors = g_new (float, (gsize) n_samples * n_criteria);
  cases->spreads = g_new (float, (gsize) n_samples * n_criteria);
  cases->fits = g_new (float, (gsize) n_samples * n_cells);

  for (guint i = 0; i < n_cells; i++)
    {
      FitShape *shape = &shapes[i];

      shape->value = values[i];
      shape->half_width = MAX (MIN (values[i] - lows[i], highs[i] - values[i]), 0.0);
    }

  rng_init (&rng, seed);

  /* Antithetic pairs: every case is followed by its mirror image, each uniform
   * u replaced by 1 − u, so that every push one way meets a push the other way;
   * at a tie of the scores the pair mostly splits, and the estimate reads close
   * to 50% with far fewer cases than independent sampling needs. Every
   * criterion has its draws, weighted or not, so that the cases do not depend
   * on which weights are set. */
  for (guint i = 0; i < n_samples; i++)
    {
      const gboolean mirror = (i & 1) != 0;
      float *factors = cases->factors + (gsize) i * n_criteria;
      float *spreads = cases->spreads + (gsize) i * n_criteria;
      float *fits = cases->fits + (gsize) i * n_cells;

      if (!mirror)
        for (guint j = 0; j < n_uniforms; j++)
          uniforms[j] = rng_uniform (&rng);

      for (guint j = 0; j < n_uniforms; j++)
        {
          double u = mirror ? 1.0 - uniforms[j] : uniforms[j];

          if (j < n_criteria)
            factors[j] = 1.0 + SW_ROBUSTNESS_WEIGHT_NOISE * (2.0 * u - 1.0);
          else if (j < 2 * n_criteria)
            spreads[j - n_criteria] = 2.0 * u - 1.0;
          else
            fits[j - 2 * n_criteria] = sample_fit (&shapes[j - 2 * n_criteria], u) - values[j - 2 * n_criteria];
        }
    }

  return cases;
}

static GMutex cases_lock;

/* The dataset keeps the cases of the last seed and size it was asked for. */
static Cases *
get_cases (SwDataset *dataset,
           guint      n_samples,
           guint64    seed)
{
  static GQuark quark;
  Cases *cases;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("sw-robustness-cases");

  g_mutex_lock (&cases_lock);
  cases = g_object_get_qdata (G_OBJECT (dataset), quark);
  if (cases == NULL || cases->n_samples != n_samples || cases->seed != seed)
    {
      cases = cases_new (dataset, n_samples, seed);
      g_object_set_qdata_full (G_OBJECT (dataset), quark, cases, cases_free);
    }
  g_mutex_unlock (&cases_lock);

  return cases;
}

void
sw_estimate_robustness_full (SwDataset    *dataset,
                             const double *weights,
                             const double *share_spread,
                             guint         n_samples,
                             guint64       seed,
                             double       *out_probabilities)
{
  const double *values;
  guint n_technologies;
  guint n_criteria;
  guint n_counted = 0;
  guint *wins;
  double *shares;
  double *spread;
  double *sample;
  double total = 0.0;
  Cases *cases;

  g_return_if_fail (SW_IS_DATASET (dataset));
  g_return_if_fail (weights != NULL);
  g_return_if_fail (out_probabilities != NULL);

  n_technologies = sw_dataset_get_n_technologies (dataset);
  n_criteria = sw_dataset_get_n_criteria (dataset);

  /* The dataset format caps these at 8 and 32: the stack is plenty. */
  shares = g_newa (double, n_criteria);
  spread = g_newa (double, n_criteria);
  sample = g_newa (double, n_criteria);
  wins = g_newa (guint, n_technologies);
  memset (wins, 0, sizeof (guint) * n_technologies);

  /* A team-answered criterion with no answer counts 0, as in sw_evaluate(). */
  for (guint c = 0; c < n_criteria; c++)
    {
      shares[c] = sw_weight_clamp (weights[c]) * sw_dataset_get_weight_factors (dataset)[c];
      total += shares[c];
    }

  for (guint t = 0; t < n_technologies; t++)
    out_probabilities[t] = 0.0;
  if (total <= 0.0 || n_samples == 0)
    return;

  /* Shares: the same proportions give bit-for-bit the same figures. */
  for (guint c = 0; c < n_criteria; c++)
    {
      double sigma = share_spread != NULL && isfinite (share_spread[c]) ? MAX (share_spread[c], 0.0) : 0.0;

      shares[c] /= total;
      /* A uniform of half-width √3·σ has the standard deviation σ. */
      spread[c] = 1.7320508075688772 * sigma;
    }

  cases = get_cases (dataset, n_samples, seed);
  values = sw_dataset_get_fit_values (dataset);

  for (guint i = 0; i < n_samples; i++)
    {
      const float *factors = cases->factors + (gsize) i * n_criteria;
      const float *spreads = cases->spreads + (gsize) i * n_criteria;
      const float *fits = cases->fits + (gsize) i * n_technologies * n_criteria;
      double weight_sum = 0.0;
      double best_sum = 0.0;
      int best = -1;

      if (share_spread != NULL)
        for (guint c = 0; c < n_criteria; c++)
          {
            sample[c] = MAX (shares[c] + spread[c] * spreads[c], 0.0) * factors[c];
            weight_sum += sample[c];
          }
      else
        for (guint c = 0; c < n_criteria; c++)
          {
            sample[c] = shares[c] * factors[c];
            weight_sum += sample[c];
          }

      if (weight_sum <= 0.0)
        continue;

      /* The sum of weights is common to all, so the weighted sums rank like the scores. */
      for (guint t = 0; t < n_technologies; t++)
        {
          const float *deviations = fits + t * n_criteria;
          const double *row = values + t * n_criteria;
          double sum = 0.0;

          /* The two kinds of variation add up: the varied shares weigh the
           * stated fits, the stated shares weigh the fits' deviations. Without
           * their product (a second-order term), a case and its mirror image
           * move the scores by exactly opposite amounts, so that a tie of the
           * scores reads 50%. */
          for (guint c = 0; c < n_criteria; c++)
            sum += sample[c] * row[c] + shares[c] * deviations[c];

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
sw_estimate_robustness (SwDataset    *dataset,
                        const double *weights,
                        guint         n_samples,
                        guint64       seed,
                        double       *out_probabilities)
{
  sw_estimate_robustness_full (dataset, weights, NULL, n_samples, seed, out_probabilities);
}

void
sw_verdict_estimate_robustness (SwVerdict *verdict)
{
  double *probabilities;

  g_return_if_fail (verdict != NULL);

  probabilities = g_newa (double, verdict->n_technologies);
  sw_estimate_robustness_full (verdict->dataset, verdict->weights, verdict->share_spread,
                               SW_ROBUSTNESS_DEFAULT_SAMPLES,
                               sw_robustness_seed (verdict->dataset, verdict->weights),
                               probabilities);
  sw_verdict_set_robustness (verdict, probabilities);
}
