/* test-stress.c — a long session: 100,000 random changes, participants, undo and redo through SwMeeting
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sw-meeting.h"
#include "sw-evaluate.h"
#include "sw-meeting-file.h"
#include "sw-team.h"
#include "sw-verdict.h"

#define N_STEPS        100000
#define FIRST_MEASURE   10000
/* Resident size may move by less than this between the two measures. */
#define RSS_BOUND_KIB    1024

#if defined(__SANITIZE_ADDRESS__)
# define UNDER_ASAN 1
#elif defined(__has_feature)
# if __has_feature(address_sanitizer)
#  define UNDER_ASAN 1
# endif
#endif

/* What undo and redo must bring back exactly: everyone's weights, names and
 * votes, whose weights the form shows, and their preset. */
typedef struct
{
  double   *weights;       /* the active participant's (or the one person's) */
  char     *preset_id;
  SwSituation situation;
  guint     n_participants;
  guint     active;
  char    **names;         /* n_participants */
  double   *all_weights;   /* n_participants × n_criteria */
  gboolean *voted;
} Snapshot;

enum {
  OP_SET_WEIGHT, OP_SET_WEIGHTS, OP_GESTURE, OP_PRESET, OP_RESET, OP_UNDO, OP_REDO,
  OP_ADD_PARTICIPANT, OP_RENAME_PARTICIPANT, OP_REMOVE_PARTICIPANT, OP_SWITCH_PARTICIPANT,
  OP_VOTE, N_OPS
};
static const char *op_names[N_OPS] = {
  "set weight", "set all weights", "slider drag", "preset", "reset", "undo", "redo",
  "add participant", "rename", "remove participant", "switch participant", "vote",
};
/* How often each is picked: mostly weights, as in a meeting. */
static const guint op_shares[N_OPS] = { 20, 8, 12, 8, 3, 12, 8, 4, 3, 3, 6, 4 };

typedef struct
{
  GRand      *rand;
  SwDataset  *dataset;
  SwMeeting *meeting;
  guint       n_criteria;

  /* The history as it must be: the states undo and redo lead to, newest last. */
  GPtrArray  *undo_model;
  GPtrArray  *redo_model;

  /* What the window would show: refreshed on every ::changed, as the window does. */
  SwVerdict  *shown;
  guint       n_changed;

  guint       n_ops[N_OPS];
  guint       max_participants;
  gboolean    crowd;
} Session;

static Snapshot *
snapshot_take (Session *s)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);
  guint n = sw_meeting_get_n_participants (s->meeting);

  snapshot->weights = g_memdup2 (sw_meeting_get_weights (s->meeting), sizeof (double) * s->n_criteria);
  snapshot->preset_id = g_strdup (sw_meeting_get_preset_id (s->meeting));
  snapshot->situation = *sw_meeting_get_situation (s->meeting);
  snapshot->n_participants = n;
  snapshot->active = sw_meeting_get_active_participant (s->meeting);
  snapshot->names = g_new0 (char *, n + 1);
  snapshot->all_weights = g_new (double, MAX (n, 1) * s->n_criteria);
  snapshot->voted = g_new0 (gboolean, MAX (n, 1));
  for (guint p = 0; p < n; p++)
    {
      snapshot->names[p] = g_strdup (sw_meeting_get_participant_name (s->meeting, p));
      memcpy (snapshot->all_weights + p * s->n_criteria, sw_meeting_get_participant_weights (s->meeting, p),
              sizeof (double) * s->n_criteria);
      snapshot->voted[p] = sw_meeting_get_participant_voted (s->meeting, p);
    }

  return snapshot;
}

static void
snapshot_free (gpointer data)
{
  Snapshot *snapshot = data;

  g_free (snapshot->weights);
  g_free (snapshot->preset_id);
  g_strfreev (snapshot->names);
  g_free (snapshot->all_weights);
  g_free (snapshot->voted);
  g_free (snapshot);
}

static gboolean
snapshot_equal (Session        *s,
                const Snapshot *a,
                const Snapshot *b)
{
  guint n = a->n_participants;

  /* Exact: undo must give back the very same numbers, not close ones. */
  if (memcmp (a->weights, b->weights, sizeof (double) * s->n_criteria) != 0 ||
      g_strcmp0 (a->preset_id, b->preset_id) != 0 ||
      !sw_situation_equal (&a->situation, &b->situation) ||
      n != b->n_participants || a->active != b->active)
    return FALSE;

  for (guint p = 0; p < n; p++)
    if (g_strcmp0 (a->names[p], b->names[p]) != 0 || a->voted[p] != b->voted[p])
      return FALSE;

  return memcmp (a->all_weights, b->all_weights, sizeof (double) * n * s->n_criteria) == 0;
}

static void
assert_state_is (Session        *s,
                 const Snapshot *expected,
                 guint           step)
{
  g_autoptr(GString) message = NULL;
  Snapshot *now = snapshot_take (s);

  if (!snapshot_equal (s, now, expected))
    {
      message = g_string_new (NULL);
      g_string_append_printf (message, "step %u: state differs; preset %s, expected %s; "
                              "%u participants (active %u), expected %u (active %u); weights",
                              step, now->preset_id, expected->preset_id,
                              now->n_participants, now->active,
                              expected->n_participants, expected->active);
      for (guint c = 0; c < s->n_criteria; c++)
        g_string_append_printf (message, " %.17g/%.17g", now->weights[c], expected->weights[c]);
      g_error ("%s", message->str);
    }

  snapshot_free (now);
}

/* The evaluator's promises for what is shown: scores 0–100, contributions
 * adding up to the margin. */
static void
assert_verdict (Session   *s,
                SwVerdict *verdict)
{
  guint n_tech = sw_dataset_get_n_technologies (s->dataset);
  double sum = 0.0;

  for (guint t = 0; t < n_tech; t++)
    {
      double score = sw_verdict_get_score (verdict, t);

      /* 10/w · (w · 10) may round to a hair above 100 (a fit of 10 alone). */
      if (!(score >= 0.0 && score <= 100.0 + 1e-9))
        g_error ("score %u is %.17g", t, score);
    }

  for (guint i = 0; i < sw_verdict_get_n_contributions (verdict); i++)
    sum += sw_verdict_get_contribution (verdict, i)->points;
  if (fabs (sum - sw_verdict_get_margin (verdict)) > 1e-9)
    g_error ("contributions add up to %.17g, the margin is %.17g", sum, sw_verdict_get_margin (verdict));
}

/* With two or more participants the window also shows the team's figures. */
static void
assert_team (Session *s,
             SwTeam  *team)
{
  guint n = sw_team_get_n_participants (team);
  double consensus = sw_team_get_consensus (team);

  g_assert_cmpuint (n, ==, sw_meeting_get_n_participants (s->meeting));
  g_assert_true (consensus >= 0.0 && consensus <= 1.0);
  g_assert_cmpuint (sw_team_get_n_agreeing (team), <=, n);
  assert_verdict (s, sw_team_get_verdict (team));
  for (guint p = 0; p < n; p++)
    {
      assert_verdict (s, sw_team_get_participant_verdict (team, p));
      for (guint c = 0; c < s->n_criteria; c++)
        g_assert_cmpfloat (sw_verdict_get_weight (sw_team_get_participant_verdict (team, p), c), ==,
                           sw_dataset_criterion_is_answered (sw_meeting_get_situated_dataset (s->meeting), c)
                           ? sw_meeting_get_participant_weights (s->meeting, p)[c] : 0.0);
    }
  for (guint c = 0; c < s->n_criteria; c++)
    {
      double mean = sw_team_get_weights (team)[c];

      g_assert_true (mean >= SW_WEIGHT_MIN && mean <= SW_WEIGHT_MAX);
      g_assert_true (sw_team_get_spread (team, c) >= 0.0);
    }
}

static void
meeting_changed (SwMeeting *meeting,
                  Session    *s)
{
  g_autoptr(SwTeam) team = NULL;

  g_clear_pointer (&s->shown, sw_verdict_unref);
  s->shown = sw_evaluate_new (sw_meeting_get_situated_dataset (meeting),
                              sw_meeting_get_weights (meeting));
  s->n_changed++;

  team = sw_meeting_new_team (meeting);
  g_assert_true ((team != NULL) == (sw_meeting_get_n_participants (meeting) >= 2));
  if (team != NULL)
    assert_team (s, team);
}

/* A weight as a slider, a keyboard or a broken caller might give it. */
static double
random_weight (Session *s)
{
  switch (g_rand_int_range (s->rand, 0, 20))
    {
    case 0: return NAN;
    case 1: return -g_rand_double_range (s->rand, 0, 1e6);
    case 2: return 10 + g_rand_double_range (s->rand, 0, 1e6);
    case 3: return g_rand_boolean (s->rand) ? INFINITY : -INFINITY;
    case 4: return g_rand_double_range (s->rand, 0, 10);
    default: return g_rand_int_range (s->rand, 0, 21) / 2.0;   /* the slider's 0.5 steps */
    }
}

static double
clamped (double weight)
{
  return CLAMP (weight, SW_WEIGHT_MIN, SW_WEIGHT_MAX);
}

static void
push_model (GPtrArray *stack,
            Snapshot  *snapshot)
{
  g_ptr_array_add (stack, snapshot);
  if (stack->len > SW_MEETING_HISTORY_LIMIT)
    g_ptr_array_remove_index (stack, 0);
}

/* An edit that is one undo step when it changes anything. */
static void
record_edit (Session  *s,
             Snapshot *before,
             guint     step)
{
  Snapshot *after = snapshot_take (s);

  if (snapshot_equal (s, before, after))
    snapshot_free (before);
  else
    {
      push_model (s->undo_model, before);
      g_ptr_array_set_size (s->redo_model, 0);
    }

  g_assert_true (sw_meeting_can_undo (s->meeting) == (s->undo_model->len > 0));
  g_assert_true (sw_meeting_can_redo (s->meeting) == (s->redo_model->len > 0));
  snapshot_free (after);
}

static void
do_history (Session   *s,
            gboolean   undo,
            guint      step)
{
  GPtrArray *from = undo ? s->undo_model : s->redo_model;
  GPtrArray *to = undo ? s->redo_model : s->undo_model;
  Snapshot *before = snapshot_take (s);
  gboolean moved = undo ? sw_meeting_undo (s->meeting) : sw_meeting_redo (s->meeting);
  Snapshot *expected;

  g_assert_true (moved == (from->len > 0));
  if (!moved)
    {
      assert_state_is (s, before, step);
      snapshot_free (before);
      return;
    }

  expected = g_ptr_array_steal_index (from, from->len - 1);
  assert_state_is (s, expected, step);
  snapshot_free (expected);
  push_model (to, before);
}

static guint
random_op (Session *s)
{
  guint total = 0, pick;

  for (guint op = 0; op < N_OPS; op++)
    total += op_shares[op];
  pick = g_rand_int_range (s->rand, 0, total);
  for (guint op = 0; op < N_OPS; op++)
    {
      if (pick < op_shares[op])
        return op;
      pick -= op_shares[op];
    }
  g_assert_not_reached ();
}

/* Names as people type them: repeats, spaces, nothing, far too long. */
static const char *
random_name (Session *s)
{
  static const char *names[] = {
    "Ana", "Ben", "  Ana  ", "", "   ", "Chidi", "Dana Müller", "Participant 2", "名前",
    "An extremely long name that nobody would type but a paste could bring in, twice over",
  };

  return names[g_rand_int_range (s->rand, 0, G_N_ELEMENTS (names))];
}

static void
participant_step (Session *s,
                  guint    op,
                  guint    step)
{
  guint n = sw_meeting_get_n_participants (s->meeting);
  Snapshot *before = snapshot_take (s);
  guint p = n > 0 ? (guint) g_rand_int_range (s->rand, 0, n) : 0;
  gboolean voted;
  int index;

  /* Meetings are a handful of people: past eight, most additions become removals. */
  if (op == OP_ADD_PARTICIPANT && n >= 8 && !s->crowd && g_rand_int_range (s->rand, 0, 8) != 0)
    op = OP_REMOVE_PARTICIPANT;

  switch (op)
    {
    case OP_ADD_PARTICIPANT:
      index = sw_meeting_add_participant (s->meeting, g_rand_boolean (s->rand) ? random_name (s) : NULL);
      if (n >= SW_TEAM_MAX_PARTICIPANTS)
        g_assert_cmpint (index, ==, -1);
      else
        {
          /* Someone deciding alone becomes the first participant. */
          g_assert_cmpuint (sw_meeting_get_n_participants (s->meeting), ==, n == 0 ? 2 : n + 1);
          g_assert_cmpint (index, ==, sw_meeting_get_n_participants (s->meeting) - 1);
          g_assert_cmpuint (sw_meeting_get_active_participant (s->meeting), ==, index);
        }
      record_edit (s, before, step);
      break;

    case OP_RENAME_PARTICIPANT:
      if (n == 0)
        {
          snapshot_free (before);
          break;
        }
      {
        const char *name = random_name (s);
        g_autofree char *trimmed = g_strstrip (g_strdup (name));

        if (sw_meeting_rename_participant (s->meeting, p, name))
          g_assert_cmpstr (sw_meeting_get_participant_name (s->meeting, p), ==, trimmed);
        else
          g_assert_true (trimmed[0] == '\0' || g_utf8_strlen (trimmed, -1) > SW_MEETING_FILE_MAX_NAME_LENGTH ||
                         g_strcmp0 (before->names[p], trimmed) != 0);
      }
      record_edit (s, before, step);
      break;

    case OP_REMOVE_PARTICIPANT:
      if (n == 0)
        {
          snapshot_free (before);
          break;
        }
      sw_meeting_remove_participant (s->meeting, p);
      /* Down to one, they decide alone with their weights. */
      g_assert_cmpuint (sw_meeting_get_n_participants (s->meeting), ==, n == 2 ? 0 : n - 1);
      record_edit (s, before, step);
      break;

    case OP_SWITCH_PARTICIPANT:
      /* Not an undo step: the history stays as it was. */
      sw_meeting_set_active_participant (s->meeting, p);
      g_assert_cmpuint (sw_meeting_get_active_participant (s->meeting), ==, p);
      if (n > 0)
        g_assert_cmpmem (sw_meeting_get_weights (s->meeting), sizeof (double) * s->n_criteria,
                         sw_meeting_get_participant_weights (s->meeting, p), sizeof (double) * s->n_criteria);
      snapshot_free (before);
      g_assert_true (sw_meeting_can_undo (s->meeting) == (s->undo_model->len > 0));
      g_assert_true (sw_meeting_can_redo (s->meeting) == (s->redo_model->len > 0));
      break;

    case OP_VOTE:
      if (n == 0)
        {
          snapshot_free (before);
          break;
        }
      voted = g_rand_boolean (s->rand);
      sw_meeting_set_participant_voted (s->meeting, p, voted);
      g_assert_true (sw_meeting_get_participant_voted (s->meeting, p) == voted);
      record_edit (s, before, step);
      break;

    default:
      g_assert_not_reached ();
    }

  s->max_participants = MAX (s->max_participants, sw_meeting_get_n_participants (s->meeting));
}

static void
one_step (Session *s,
          guint    step)
{
  guint op = random_op (s);
  Snapshot *before;
  guint c;
  double w;

  s->n_ops[op]++;

  switch (op)
    {
    case OP_SET_WEIGHT:
      before = snapshot_take (s);
      c = g_rand_int_range (s->rand, 0, s->n_criteria);
      w = random_weight (s);
      sw_meeting_set_weight (s->meeting, c, w);
      if (isnan (w))
        g_assert_cmpfloat (sw_meeting_get_weight (s->meeting, c), ==, before->weights[c]);
      else
        g_assert_cmpfloat (sw_meeting_get_weight (s->meeting, c), ==, clamped (w));
      if (sw_meeting_get_weight (s->meeting, c) != before->weights[c])
        g_assert_null (sw_meeting_get_preset_id (s->meeting));
      record_edit (s, before, step);
      break;

    case OP_SET_WEIGHTS:
      {
        g_autofree double *weights = g_new (double, s->n_criteria);

        before = snapshot_take (s);
        for (c = 0; c < s->n_criteria; c++)
          weights[c] = random_weight (s);
        sw_meeting_set_weights (s->meeting, weights, s->n_criteria);
        for (c = 0; c < s->n_criteria; c++)
          g_assert_cmpfloat (sw_meeting_get_weight (s->meeting, c), ==,
                             isnan (weights[c]) ? before->weights[c] : clamped (weights[c]));
        g_assert_null (sw_meeting_get_preset_id (s->meeting));
        record_edit (s, before, step);
      }
      break;

    case OP_GESTURE:
      /* A drag: many changes, one undo step. */
      before = snapshot_take (s);
      c = g_rand_int_range (s->rand, 0, s->n_criteria);
      sw_meeting_begin_change (s->meeting);
      for (guint i = g_rand_int_range (s->rand, 1, 12); i > 0; i--)
        sw_meeting_set_weight (s->meeting, c, g_rand_int_range (s->rand, 0, 21) / 2.0);
      g_assert_true (sw_meeting_is_changing (s->meeting));
      sw_meeting_end_change (s->meeting);
      g_assert_false (sw_meeting_is_changing (s->meeting));
      record_edit (s, before, step);
      break;

    case OP_PRESET:
      {
        guint n = sw_dataset_get_n_presets (s->dataset);
        guint p = g_rand_int_range (s->rand, 0, n + 1);
        const char *id = p < n ? sw_dataset_get_preset (s->dataset, p)->id : "no-such-preset";

        before = snapshot_take (s);
        g_assert_true (sw_meeting_apply_preset (s->meeting, id) == (p < n));
        if (p < n)
          {
            const SwPreset *preset = sw_dataset_get_preset (s->dataset, p);

            g_assert_cmpstr (sw_meeting_get_preset_id (s->meeting), ==, id);
            g_assert_cmpmem (sw_meeting_get_weights (s->meeting), sizeof (double) * s->n_criteria,
                             preset->weights, sizeof (double) * s->n_criteria);
          }
        record_edit (s, before, step);
      }
      break;

    case OP_RESET:
      before = snapshot_take (s);
      sw_meeting_reset (s->meeting);
      for (c = 0; c < s->n_criteria; c++)
        g_assert_cmpfloat (sw_meeting_get_weight (s->meeting, c), ==, SW_MEETING_DEFAULT_WEIGHT);
      g_assert_null (sw_meeting_get_preset_id (s->meeting));
      record_edit (s, before, step);
      break;

    case OP_UNDO:
    case OP_REDO:
      /* Runs of undo, as someone holding Ctrl+Z, reach deep into the history. */
      for (guint i = g_rand_int_range (s->rand, 1, 4) * (g_rand_int_range (s->rand, 0, 50) == 0 ? 100 : 1);
           i > 0; i--)
        do_history (s, op == OP_UNDO, step);
      break;

    default:
      participant_step (s, op, step);
      break;
    }

  /* What is shown follows the state, and keeps its promises. */
  g_assert_nonnull (s->shown);
  /* Team-answered criteria the situation leaves open count 0. */
  for (guint k = 0; k < s->n_criteria; k++)
    g_assert_cmpfloat (sw_verdict_get_weight (s->shown, k), ==,
                       sw_dataset_criterion_is_answered (sw_meeting_get_situated_dataset (s->meeting), k)
                       ? sw_meeting_get_weight (s->meeting, k) : 0.0);
  assert_verdict (s, s->shown);
}

/* Resident set size in KiB, from /proc/self/status; 0 when unknown. */
static guint64
resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return 0;
  line = strstr (status, "\nVmRSS:");
  return line != NULL ? g_ascii_strtoull (line + strlen ("\nVmRSS:"), NULL, 10) : 0;
}

static gboolean
under_memory_checker (void)
{
#ifdef UNDER_ASAN
  return TRUE;
#else
  /* valgrind preloads its vgpreload_*.so into the program it runs. */
  const char *preload = g_getenv ("LD_PRELOAD");

  return preload != NULL && strstr (preload, "vgpreload") != NULL;
#endif
}

static void
test_long_session (void)
{
  const char *seed_env = g_getenv ("STACKWISE_STRESS_SEED");
  guint32 seed = seed_env != NULL ? (guint32) g_ascii_strtoull (seed_env, NULL, 10) : 20260101;
  Session s = { 0 };
  guint64 rss_first = 0, rss_last;
  gint64 start = g_get_monotonic_time ();
  double seconds;

  s.rand = g_rand_new_with_seed (seed);
  s.dataset = sw_dataset_get_default ();
  s.meeting = sw_meeting_new (s.dataset);
  s.n_criteria = sw_dataset_get_n_criteria (s.dataset);
  s.undo_model = g_ptr_array_new_with_free_func (snapshot_free);
  s.redo_model = g_ptr_array_new_with_free_func (snapshot_free);
  g_signal_connect (s.meeting, "changed", G_CALLBACK (meeting_changed), &s);
  meeting_changed (s.meeting, &s);

  for (guint step = 1; step <= N_STEPS; step++)
    {
      /* Once, before the first measure, a crowd: up to the limit and one past it. */
      s.crowd = step == FIRST_MEASURE / 2;
      for (guint i = 0; s.crowd && i <= SW_TEAM_MAX_PARTICIPANTS; i++)
        {
          s.n_ops[OP_ADD_PARTICIPANT]++;
          participant_step (&s, OP_ADD_PARTICIPANT, step);
        }
      s.crowd = FALSE;

      one_step (&s, step);
      if (step == FIRST_MEASURE)
        rss_first = resident_kib ();
    }
  rss_last = resident_kib ();
  seconds = (g_get_monotonic_time () - start) / 1e6;

  g_test_message ("seed %u: %u steps in %.2f s, %u changes shown", seed, N_STEPS, seconds, s.n_changed);
  for (guint op = 0; op < N_OPS; op++)
    g_test_message ("  %-16s %u", op_names[op], s.n_ops[op]);
  g_test_message ("resident size: %" G_GUINT64_FORMAT " KiB at step %u, %" G_GUINT64_FORMAT
                  " KiB at step %u, growth %" G_GINT64_FORMAT " KiB (bound %d KiB)",
                  rss_first, FIRST_MEASURE, rss_last, N_STEPS,
                  (gint64) rss_last - (gint64) rss_first, RSS_BOUND_KIB);

  g_test_message ("up to %u participants at once", s.max_participants);

  g_assert_cmpuint (s.n_ops[OP_UNDO], >, 0);
  g_assert_cmpuint (s.n_ops[OP_PRESET], >, 0);
  g_assert_cmpuint (s.max_participants, ==, SW_TEAM_MAX_PARTICIPANTS);

  /* AddressSanitizer and valgrind hold freed memory back on purpose (to catch
   * a use after free), so resident size grows there by design; they check for
   * leaks at exit instead. */
  if (under_memory_checker ())
    g_test_message ("resident size not checked under a memory checker");
  else if (rss_first > 0 && rss_last > 0)
    g_assert_cmpint ((gint64) rss_last - (gint64) rss_first, <, RSS_BOUND_KIB);

  g_clear_pointer (&s.shown, sw_verdict_unref);
  g_ptr_array_unref (s.undo_model);
  g_ptr_array_unref (s.redo_model);
  g_assert_finalize_object (s.meeting);
  g_object_unref (s.dataset);
  g_rand_free (s.rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/stress/long-session", test_long_session);

  return g_test_run ();
}
