/* test-cli.c — `stackwise --recommend`: outputs, messages and exit codes of the built binary
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/wait.h>

#include "sw-test.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the binary with no display at all: --recommend must not need one. */
static void
run_stackwise (Run        *run,
               const char *first_arg,
               ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  const char *binary = g_getenv ("STACKWISE_BIN");
  va_list args;
  int wait_status;

  if (binary == NULL)
    {
      g_test_skip ("STACKWISE_BIN is not set");
      return;
    }

  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);

  g_ptr_array_add (argv, (char *) binary);
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, text, -1, &error));
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_text (void)
{
  g_auto(Run) run = { 0 };

  run_stackwise (&run, "--recommend", "--preset", "startup-validate", NULL);
  if (g_test_failed () || run.out == NULL)
    return;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "Node.js is the better fit"));
  g_assert_nonnull (strstr (run.out, "Scores out of 100: "));
  g_assert_nonnull (strstr (run.out, "Top reasons: "));
  g_assert_nonnull (strstr (run.out, "What would change the answer"));
  g_assert_nonnull (strstr (run.out, "of plausible cases"));
}

static void
test_json (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonObject *weights;
  JsonObject *hybrid;
  static const char *keys[] = {
    "verdict", "leader", "scores", "margin", "confidence", "weights", "contributions",
    "tipping_points", "hybrid", "robustness", "summary",
  };

  /* --set applies after --preset, repeats, and takes fractions. */
  run_stackwise (&run, "--recommend", "--preset", "dev-data-career", "--set", "realtime=10",
                 "--set=data_ml=10", "--set", "cpu_bound=0", "--set", "learning=0",
                 "--set", "readability=0", "--set", "prototyping=0", "--set", "microservices=0",
                 "--set", "team_skills=0", "--set", "team_skills=0.0", "--json", NULL);
  if (g_test_failed () || run.out == NULL)
    return;

  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  root = parse_object (parser, run.out);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_assert_true (json_object_has_member (root, keys[i]));

  g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, "hybrid");
  weights = json_object_get_object_member (root, "weights");
  g_assert_cmpfloat (json_object_get_double_member (weights, "realtime"), ==, 10.0);
  g_assert_cmpfloat (json_object_get_double_member (weights, "cpu_bound"), ==, 0.0);
  hybrid = json_object_get_object_member (root, "hybrid");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (hybrid, "nodejs"), 0), ==, "realtime");
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (hybrid, "python"), 0), ==, "data_ml");
}

static void
test_json_preset (void)
{
  static const struct {
    const char *preset;
    const char *verdict;
  } cases[] = {
    { "startup-fullstack", "nodejs" },
    { "dev-first-language", "python" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *root;

      run_stackwise (&run, "--recommend", "--json", "--preset", cases[i].preset, NULL);
      if (g_test_failed () || run.out == NULL)
        return;

      g_assert_cmpint (run.status, ==, 0);
      root = parse_object (parser, run.out);
      g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, cases[i].verdict);
      g_assert_cmpstr (json_object_get_string_member (root, "leader"), ==, cases[i].verdict);
      g_assert_cmpstr (json_object_get_string_member (root, "confidence"), ==, "clear");
    }
}

/* A weight whose shortest text has no point, and a tie with sliders at 0
 * (a tipping point at 0): the output is JSON still, and the weight reads
 * back within one unit in the last place. */
static void
test_json_tiny_and_tie (void)
{
  static const char *sets[][2] = {
    { "--set=learning=1e-300", "--set=realtime=10" },
    { "--set=learning=5", "--set=realtime=3" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    {
      g_auto(Run) run = { 0 };
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *root;

      run_stackwise (&run, "--recommend", "--json", "--preset", "startup-validate",
                     "--set=microservices=0", "--set=data_ml=0", "--set=cpu_bound=0",
                     "--set=readability=0", "--set=code_sharing=0", "--set=prototyping=0",
                     sets[i][0], sets[i][1], NULL);
      if (g_test_failed () || run.out == NULL)
        return;

      g_assert_cmpint (run.status, ==, 0);
      root = parse_object (parser, run.out);
      if (i == 0)
        g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (root, "weights"), "learning"),
                           >=, nextafter (1e-300, 0.0));
      else
        g_assert_cmpfloat (json_object_get_double_member (root, "margin"), ==, 0.0);
    }
}

/* --skill and --existing: the "situation" member, the situation criteria among
 * the contributions, and legacy integration following the existing systems. */
static void
test_situation (void)
{
  static const struct {
    const char *existing;
    const char *verdict;
    const char *reason;
  } legacy[] = {
    { "python", "python", NULL },
    { "nodejs", "nodejs", NULL },
    { "none", "undecided", "situation only" },
    /* The preset weighs only the unanswered question: ask it, do not
     * say that no priority is set. */
    { NULL, "undecided", "situation only" },
  };
  g_auto(Run) run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;
  JsonObject *situation;
  JsonArray *contributions;
  gboolean listed = FALSE;

  run_stackwise (&run, "--recommend", "--set", "team_skills=10", "--set", "data_ml=3",
                 "--skill", "nodejs=9", "--skill", "python=2.5", "--existing", "none", "--json", NULL);
  if (g_test_failed () || run.out == NULL)
    return;
  g_assert_cmpint (run.status, ==, 0);
  root = parse_object (parser, run.out);
  situation = json_object_get_object_member (root, "situation");
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (situation, "skills"), "nodejs"), ==, 9);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (situation, "skills"), "python"), ==, 2.5);
  g_assert_true (json_object_get_null_member (situation, "existing"));
  g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, "nodejs");
  contributions = json_object_get_array_member (root, "contributions");
  for (guint i = 0; i < json_array_get_length (contributions); i++)
    listed |= g_strcmp0 (json_object_get_string_member (json_array_get_object_element (contributions, i),
                                                        "criterion"), "team_skills") == 0;
  g_assert_true (listed);

  for (guint i = 0; i < G_N_ELEMENTS (legacy); i++)
    {
      g_auto(Run) each = { 0 };
      g_autoptr(JsonParser) each_parser = json_parser_new ();

      if (legacy[i].existing != NULL)
        run_stackwise (&each, "--recommend", "--preset", "enterprise-legacy", "--existing",
                       legacy[i].existing, "--json", NULL);
      else
        run_stackwise (&each, "--recommend", "--preset", "enterprise-legacy", "--json", NULL);
      if (g_test_failed () || each.out == NULL)
        return;
      g_assert_cmpint (each.status, ==, 0);
      root = parse_object (each_parser, each.out);
      g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, legacy[i].verdict);
      if (legacy[i].reason != NULL)
        g_assert_cmpstr (json_object_get_string_member (root, "undecided_reason"), ==, legacy[i].reason);
      else
        g_assert_true (json_object_get_null_member (root, "undecided_reason"));
    }

  /* dev-knows-js states the JavaScript it knows. */
  {
    g_auto(Run) knows = { 0 };
    g_autoptr(JsonParser) knows_parser = json_parser_new ();

    run_stackwise (&knows, "--recommend", "--preset", "dev-knows-js", "--json", NULL);
    if (g_test_failed () || knows.out == NULL)
      return;
    root = parse_object (knows_parser, knows.out);
    situation = json_object_get_object_member (root, "situation");
    g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (situation, "skills"), "nodejs"), ==, 8);
    g_assert_true (json_object_get_null_member (json_object_get_object_member (situation, "skills"), "python"));
  }
}

static void
test_fractional_and_empty (void)
{
  g_auto(Run) fractional = { 0 };
  g_auto(Run) empty = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *root;

  run_stackwise (&fractional, "--recommend", "--set", "data_ml=6.5", "--json", NULL);
  if (g_test_failed () || fractional.out == NULL)
    return;
  g_assert_cmpint (fractional.status, ==, 0);
  root = parse_object (parser, fractional.out);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (root, "weights"), "data_ml"), ==, 6.5);
  g_assert_cmpstr (json_object_get_string_member (root, "verdict"), ==, "python");

  /* Without a preset, unset criteria are 0: nothing set is undecided. */
  run_stackwise (&empty, "--recommend", NULL);
  g_assert_cmpint (empty.status, ==, 0);
  g_assert_true (g_str_has_prefix (empty.out, "Undecided: no priority"));
}

static void
test_bad_input (void)
{
  g_autofree char *bad_json = g_test_build_filename (G_TEST_DIST, "test-cli.c", NULL);
  static const char *valid_criteria = "choose one of: realtime, microservices, ";
  const struct {
    const char *args[6];
    const char *expected;   /* in the one line on stderr */
  } cases[] = {
    { { "--recommend", "--preset", "foo" }, "unknown preset “foo”; choose one of: startup-validate, " },
    { { "--recommend", "--set", "speed=3" }, valid_criteria },
    { { "--recommend", "--set", "realtime=11" }, "outside 0–10" },
    { { "--recommend", "--set", "realtime=-1" }, "outside 0–10" },
    { { "--recommend", "--set", "realtime=1e999" }, "outside 0–10" },
    { { "--recommend", "--set", "realtime=nan" }, "not a number" },
    { { "--recommend", "--set", "realtime=inf" }, "not a number" },
    { { "--recommend", "--set", "realtime=abc" }, "not a number" },
    { { "--recommend", "--set", "realtime=" }, "empty" },
    { { "--recommend", "--set", "realtime" }, "expected CRITERION=VALUE" },
    { { "--recommend", "--set", "=4" }, "expected CRITERION=VALUE" },
    { { "--set", "realtime=3" }, "--set only works with --recommend" },
    { { "--preset", "startup-data" }, "--preset only works with --recommend" },
    { { "--json" }, "--json only works with --recommend" },
    { { "--recommend", "--dataset", "/nonexistent/stackwise.json" }, "stackwise.json: cannot read" },
    /* A device would never end (and a pipe would block). */
    { { "--recommend", "--dataset", "/dev/zero" }, "zero: cannot read the file (it is not a regular file" },
    { { "--recommend", "--dataset", bad_json }, "test-cli.c" },
    { { "--recommend", "--no-such-option" }, "--no-such-option" },
    /* Retired criteria are refused like any unknown one, with the valid ids. */
    { { "--recommend", "--set", "js_team=8" }, valid_criteria },
    { { "--recommend", "--set", "concurrency=8" }, valid_criteria },
    /* The team's situation. */
    { { "--recommend", "--skill", "ruby=5" },
      "--skill “ruby=5”: “ruby” is not a technology of this dataset; use one of: python, nodejs" },
    { { "--recommend", "--skill", "python=11" },
      "--skill “python=11”: the level “11” is not a number from 0 to 10" },
    { { "--recommend", "--skill", "python=-1" }, "the level “-1” is not a number from 0 to 10" },
    { { "--recommend", "--skill", "python=lots" }, "the level “lots” is not a number from 0 to 10" },
    { { "--recommend", "--skill", "python" },
      "write TECHNOLOGY=LEVEL, a level from 0 to 10 (technologies: python, nodejs)" },
    { { "--recommend", "--existing", "cobol" },
      "--existing “cobol”: “cobol” is not a technology of this dataset; use one of: python, nodejs, none" },
    { { "--skill", "python=5" }, "--skill only works with --recommend" },
    { { "--existing", "python" }, "--existing only works with --recommend" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_stackwise (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2],
                     cases[i].args[3], NULL);
      if (g_test_failed () || run.err == NULL)
        return;

      g_test_message ("%s %s %s → %d: %s", cases[i].args[0], cases[i].args[1] ? cases[i].args[1] : "",
                      cases[i].args[2] ? cases[i].args[2] : "", run.status, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "stackwise: "));
      g_assert_true (g_str_has_suffix (run.err, "\n"));
      g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
      g_assert_nonnull (strstr (run.err, cases[i].expected));
    }
}

/* ---- Meetings: --meeting, --export-adr, --export-pdf ---- */

static void
test_meeting_file_text (void)
{
  g_auto(Run) run = { 0 };
  g_autofree char *meeting = sw_test_data_path ("meetings", "meeting.stackwise", NULL);

  run_stackwise (&run, "--recommend", "--meeting", meeting, NULL);
  if (g_test_failed () || run.out == NULL)
    return;

  /* The team's verdict (the mean of three people's weights), then the team. The
   * file is format 1: its "JavaScript skills" weight now weighs the team's skills,
   * which it never stated, so that weight adds nothing (docs/meeting-format.md). */
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_true (g_str_has_prefix (run.out, "Undecided: Python and Node.js are too close to call (70.1 to 69.2)"));
  g_assert_nonnull (strstr (run.out, "\nPriorities overlap 69%. 1 of 3 participants reach the team's verdict on their own.\n"));
  /* What would change it is said on sliders someone can move (the active
   * participant's, everyone else held), with where everyone's stand now, and
   * no longer as a mean that no slider shows. */
  g_assert_nonnull (strstr (run.out, "\nWhat would change the answer: Ana’s sliders, everyone else held: Lower Data & ML to 0 "
                                     "and Node.js takes the lead. Now: Ana 1.0, Ben 10.0, Cleo 5.0."));
  g_assert_nonnull (strstr (run.out, "\nAna: Node.js. Without Ana, Python would be the better fit.\n"));
  g_assert_nonnull (strstr (run.out, "\nBen: Python. Without Ben, Node.js would be the better fit.\n"));
  g_assert_nonnull (strstr (run.out, "\nWhere the team disagrees most: Data & ML: from 3% to 22% of someone’s weight; "));
}

static void
test_meeting_file_json (void)
{
  g_auto(Run) team_run = { 0 };
  g_auto(Run) alone_run = { 0 };
  g_auto(Run) text_run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonParser) alone_parser = json_parser_new ();
  g_autofree char *meeting = sw_test_data_path ("meetings", "meeting.stackwise", NULL);
  JsonObject *root;
  JsonObject *team;
  JsonArray *participants;
  JsonObject *ana;

  /* --set changes the active participant's weights (Ana's data_ml 1 → 10):
   * the team's data_ml is then the mean of their shares on it, × 10. */
  run_stackwise (&team_run, "--recommend", "--meeting", meeting, "--set", "data_ml=10", "--json", NULL);
  if (g_test_failed () || team_run.out == NULL)
    return;
  g_assert_cmpint (team_run.status, ==, 0);
  root = parse_object (parser, team_run.out);
  /* The team's weights are its mean shares × 10: they add up to 10. */
  {
    JsonObject *weights = json_object_get_object_member (root, "weights");
    g_autoptr(GList) members = json_object_get_members (weights);
    double total = 0.0;

    for (GList *l = members; l != NULL; l = l->next)
      total += json_object_get_double_member (weights, l->data);
    g_assert_cmpfloat_with_epsilon (total, 10.0, 1e-9);
  }
  team = json_object_get_object_member (root, "team");
  g_assert_nonnull (team);
  g_assert_cmpfloat (json_object_get_double_member (team, "overlap"), >, 0.0);
  g_assert_cmpfloat (json_object_get_double_member (team, "overlap"), <, 1.0);
  /* The smallest change of the team's proportions hands the lead to the other. */
  g_assert_nonnull (json_object_get_object_member (root, "flip"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "flip"), "new_leader"), !=,
                   json_object_get_string_member (root, "leader"));
  participants = json_object_get_array_member (team, "participants");
  g_assert_cmpuint (json_array_get_length (participants), ==, 3);
  /* Agreement: the share of the participants whose own answer is the team's. */
  {
    guint n_agreeing = 0;

    for (guint p = 0; p < 3; p++)
      n_agreeing += json_object_get_boolean_member (json_array_get_object_element (participants, p), "agrees");
    g_assert_cmpfloat_with_epsilon (json_object_get_double_member (team, "agreement"), n_agreeing / 3.0, 1e-12);
  }
  ana = json_array_get_object_element (participants, 0);
  g_assert_cmpstr (json_object_get_string_member (ana, "name"), ==, "Ana");
  g_assert_true (json_object_has_member (ana, "decisive"));
  g_assert_true (json_object_has_member (ana, "verdict_without"));
  g_assert_nonnull (json_object_get_array_member (team, "disagreements"));

  /* The tipping points are Ana's (the active participant's), everyone else
   * held: the very sentences the text gives, not the mean weights'. */
  g_assert_cmpstr (json_object_get_string_member (team, "active"), ==, "Ana");
  run_stackwise (&text_run, "--recommend", "--meeting", meeting, "--set", "data_ml=10", NULL);
  g_assert_cmpint (text_run.status, ==, 0);
  {
    JsonArray *tipping = json_object_get_array_member (root, "tipping_points");

    g_assert_cmpuint (json_array_get_length (tipping), >, 0);
    for (guint i = 0; i < json_array_get_length (tipping) && i < 3; i++)
      {
        const char *sentence = json_object_get_string_member (json_array_get_object_element (tipping, i),
                                                              "sentence");

        g_assert_true (g_str_has_prefix (sentence, "Ana’s sliders, everyone else held: "));
        g_assert_nonnull (strstr (text_run.out, sentence));
      }
  }

  /* One person alone: "team" is null. */
  run_stackwise (&alone_run, "--recommend", "--preset", "startup-data", "--json", NULL);
  g_assert_cmpint (alone_run.status, ==, 0);
  root = parse_object (alone_parser, alone_run.out);
  g_assert_true (json_object_has_member (root, "team"));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (root, "team")));
  g_assert_cmpstr (json_object_get_string_member (root, "preset"), ==, "startup-data");
}

static guint
count_pdf_pages (const char *data,
                 gsize       length)
{
  static const char needle[] = "/Type /Page";
  guint n = 0;

  for (gsize i = 0; i + sizeof needle <= length; i++)
    if (memcmp (data + i, needle, sizeof needle - 1) == 0 && data[i + sizeof needle - 1] != 's')
      n++;

  return n;
}

static void
assert_exports (const char *dir,
                guint       expected_pages)
{
  g_autofree char *adr = g_build_filename (dir, "decision.md", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *record = NULL;
  g_autofree char *report = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (adr, &record, NULL, NULL));
  g_assert_true (g_str_has_prefix (record, "# Python vs Node.js: "));
  g_assert_nonnull (strstr (record, "\n## Decision Outcome\n"));
  g_assert_true (g_file_get_contents (pdf, &report, &length, NULL));
  g_assert_true (length > 5 && memcmp (report, "%PDF-", 5) == 0);
  g_assert_cmpuint (count_pdf_pages (report, length), ==, expected_pages);

  g_remove (adr);
  g_remove (pdf);
}

static void
test_exports (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackwise-cli-XXXXXX", NULL);
  g_autofree char *adr = g_build_filename (dir, "decision.md", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *meeting = sw_test_data_path ("meetings", "meeting.stackwise", NULL);

  /* A preset alone: a one-page report. */
  {
    g_auto(Run) run = { 0 };

    run_stackwise (&run, "--recommend", "--preset", "startup-validate", "--export-adr", adr,
                   "--export-pdf", pdf, NULL);
    if (g_test_failed () || run.out == NULL)
      return;
    g_assert_cmpint (run.status, ==, 0);
    g_assert_true (g_str_has_prefix (run.out, "Node.js is the better fit"));
    assert_exports (dir, 1);
  }

  /* A team, from a meeting file, with a --set on top: two pages. */
  {
    g_auto(Run) run = { 0 };

    run_stackwise (&run, "--recommend", "--meeting", meeting, "--set", "realtime=10",
                   "--export-adr", adr, "--export-pdf", pdf, NULL);
    g_assert_cmpint (run.status, ==, 0);
    assert_exports (dir, 2);
  }

  g_rmdir (dir);
}

/* A blind vote still open: no verdict at any door of the command line. */
static void
test_blind_open (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackwise-cli-XXXXXX", NULL);
  g_autofree char *adr = g_build_filename (dir, "decision.md", NULL);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *meeting = sw_test_data_path ("meetings", "blind-open.stackwise", NULL);
  g_autofree char *record = NULL;
  g_autofree char *report = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_auto(Run) text_run = { 0 };
  g_auto(Run) json_run = { 0 };
  g_auto(Run) export_run = { 0 };
  JsonObject *root;
  JsonObject *blind;
  gsize length;

  run_stackwise (&text_run, "--recommend", "--meeting", meeting, NULL);
  if (g_test_failed () || text_run.out == NULL)
    return;
  g_assert_cmpint (text_run.status, ==, 0);
  g_assert_cmpstr (text_run.out, ==, "blind vote: 2 of 3 have voted; the result stays hidden until everyone has\n");
  g_assert_cmpstr (text_run.err, ==, "");

  run_stackwise (&json_run, "--recommend", "--meeting", meeting, "--json", NULL);
  g_assert_cmpint (json_run.status, ==, 0);
  root = parse_object (parser, json_run.out);
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (root, "team")));
  g_assert_true (JSON_NODE_HOLDS_NULL (json_object_get_member (root, "verdict")));
  g_assert_false (json_object_has_member (root, "weights"));
  g_assert_false (json_object_has_member (root, "scores"));
  blind = json_object_get_object_member (root, "blind");
  g_assert_cmpint (json_object_get_int_member (blind, "voted"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (blind, "of"), ==, 3);
  g_assert_null (strstr (json_run.out, "Python"));
  g_assert_null (strstr (json_run.out, "Ana"));

  run_stackwise (&export_run, "--recommend", "--meeting", meeting, "--export-adr", adr, "--export-pdf", pdf, NULL);
  g_assert_cmpint (export_run.status, ==, 0);
  g_assert_true (g_file_get_contents (adr, &record, NULL, NULL));
  g_assert_true (g_str_has_prefix (record, "# Python vs Node.js: vote still open\n"));
  g_assert_null (strstr (record, "Chosen option"));
  g_assert_true (g_file_get_contents (pdf, &report, &length, NULL));
  g_assert_cmpuint (count_pdf_pages (report, length), ==, 1);

  g_remove (adr);
  g_remove (pdf);
  g_rmdir (dir);
}

/* --collect-votes refuses bad input before it listens. */
static void
test_collect_bad_input (void)
{
  g_autofree char *meeting = sw_test_data_path ("meetings", "blind-open.stackwise", NULL);
  g_auto(Run) stray = { 0 };
  g_auto(Run) bad_listen = { 0 };
  g_auto(Run) missing = { 0 };
  g_auto(Run) no_module = { 0 };
  g_autofree char *module = g_strdup (g_getenv ("STACKWISE_BALLOT_MODULE"));

  run_stackwise (&stray, "--listen", "127.0.0.1:0", NULL);
  if (g_test_failed () || stray.out == NULL)
    return;
  g_assert_cmpint (stray.status, ==, 2);
  g_assert_nonnull (strstr (stray.err, "--listen only works with --collect-votes"));

  run_stackwise (&bad_listen, "--collect-votes", meeting, "--listen", "somewhere", NULL);
  g_assert_cmpint (bad_listen.status, ==, 2);
  g_assert_nonnull (strstr (bad_listen.err, "--listen: “somewhere” is not an address and port"));
  g_assert_cmpstr (bad_listen.out, ==, "");

  run_stackwise (&missing, "--collect-votes", "/nonexistent/meeting.stackwise", "--listen", "127.0.0.1:0", NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "meeting.stackwise: cannot read the file"));

  /* The ballot server is a module loaded when votes are collected: without
   * it, one line that names it, and nothing listens. */
  g_setenv ("STACKWISE_BALLOT_MODULE", "/nonexistent/libstackwise-ballot.so", TRUE);
  run_stackwise (&no_module, "--collect-votes", meeting, "--listen", "127.0.0.1:0", NULL);
  if (module != NULL)
    g_setenv ("STACKWISE_BALLOT_MODULE", module, TRUE);
  else
    g_unsetenv ("STACKWISE_BALLOT_MODULE");
  g_assert_cmpint (no_module.status, ==, 2);
  g_assert_nonnull (strstr (no_module.err, "Cannot load the ballot server from “/nonexistent/libstackwise-ballot.so”"));
  g_assert_null (strchr (strchr (no_module.err, '\n') + 1, '\n'));
  g_assert_cmpstr (no_module.out, ==, "");
}

static void
test_meeting_file_bad_input (void)
{
  g_autofree char *truncated = sw_test_data_path ("meetings", "truncated.stackwise", NULL);
  g_autofree char *newer = sw_test_data_path ("meetings", "newer-format.stackwise", NULL);
  g_autofree char *other = sw_test_data_path ("meetings", "team.stackwise", NULL);
  g_autofree char *meeting = sw_test_data_path ("meetings", "meeting.stackwise", NULL);
  const struct {
    const char *args[6];
    const char *expected;
  } cases[] = {
    { { "--recommend", "--meeting", truncated }, "truncated.stackwise: the file ends too early" },
    { { "--recommend", "--meeting", newer }, "made for a newer version of Stackwise" },
    { { "--recommend", "--meeting", other }, "is for the dataset “small”, but the open dataset is "
                                              "“python-vs-nodejs”; open that dataset first with --dataset PATH" },
    { { "--recommend", "--meeting", "/nonexistent/meeting.stackwise" }, "meeting.stackwise: cannot read the file" },
    { { "--recommend", "--meeting", meeting, "--set", "speed=1" }, "unknown criterion “speed”" },
    { { "--recommend", "--export-pdf", "/nonexistent/report.pdf" }, "report.pdf: cannot save (the folder does not exist)" },
    { { "--recommend", "--export-adr", "/nonexistent/decision.md" }, "decision.md: cannot save (the folder does not exist)" },
    /* Without --recommend a meeting file opens the window, but a bad one is refused first. */
    { { "--scenario", truncated }, "truncated.stackwise: the file ends too early" },
    { { "--recommend", "--present" }, "--present opens the window and does not work with --recommend" },
    { { "--export-adr", "decision.md" }, "--export-adr only works with --recommend" },
    { { "--export-pdf", "report.pdf" }, "--export-pdf only works with --recommend" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_stackwise (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2],
                     cases[i].args[3], cases[i].args[4], NULL);
      if (g_test_failed () || run.err == NULL)
        return;

      g_test_message ("%s %s → %d: %s", cases[i].args[0], cases[i].args[1], run.status, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "stackwise: "));
      g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
      g_assert_nonnull (strstr (run.err, cases[i].expected));
    }
}

/* ---- Files nested too deeply: json-glib would run out of stack ---- */

/* @levels times @open, a value, then the closing brackets, as a file in @dir. */
static char *
write_nested (const char *dir,
              const char *name,
              const char *open,
              const char *close,
              guint       levels)
{
  g_autoptr(GString) text = g_string_sized_new (levels * (strlen (open) + strlen (close)) + 1);
  char *path = g_build_filename (dir, name, NULL);

  for (guint i = 0; i < levels; i++)
    g_string_append (text, open);
  g_string_append_c (text, '1');
  for (guint i = 0; i < levels; i++)
    g_string_append (text, close);
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  return path;
}

static void
test_nested_too_deeply (void)
{
  g_autofree char *dir = g_dir_make_tmp ("stackwise-cli-XXXXXX", NULL);
  /* 100,000 nested objects (600 KB) and 200,000 nested lists (400 KB), both
   * under the size limits: these made the command line crash. */
  g_autofree char *objects = write_nested (dir, "deep.stackwise", "{\"a\":", "}", 100000);
  g_autofree char *lists = write_nested (dir, "deep.json", "[", "]", 200000);
  g_autofree char *adr = g_build_filename (dir, "decision.md", NULL);
  g_autofree char *at_objects = g_strdup_printf ("deep.stackwise:1:%d: nested too deeply; lists and objects "
                                                 "can be nested at most 64 levels deep", 5 * 64 + 1);
  const struct {
    const char *args[6];
    const char *expected;
  } cases[] = {
    { { "--recommend", "--dataset", lists }, "deep.json:1:65: nested too deeply; " },
    { { "--recommend", "--dataset", objects }, at_objects },
    { { "--recommend", "--meeting", objects }, at_objects },
    { { "--recommend", "--meeting", lists }, "deep.json:1:65: nested too deeply; " },
    { { "--recommend", "--meeting", objects, "--export-adr", adr }, at_objects },
    { { "--recommend", "--meeting", objects, "--json" }, at_objects },
    /* Without --recommend the window would open them: refused before it does. */
    { { "--dataset", lists }, "deep.json:1:65: nested too deeply; " },
    { { "--meeting", objects }, at_objects },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_stackwise (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2],
                     cases[i].args[3], cases[i].args[4], NULL);
      if (g_test_failed () || run.err == NULL)
        break;

      g_test_message ("%s %s %s → %d: %s", cases[i].args[0], cases[i].args[1],
                      cases[i].args[3] ? cases[i].args[3] : "", run.status, run.err);
      g_assert_cmpint (run.status, ==, 2);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, "stackwise: "));
      g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
      g_assert_nonnull (strstr (run.err, cases[i].expected));
      g_assert_false (g_file_test (adr, G_FILE_TEST_EXISTS));
    }

  g_remove (objects);
  g_remove (lists);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stackwise/cli/text", test_text);
  g_test_add_func ("/stackwise/cli/json", test_json);
  g_test_add_func ("/stackwise/cli/json-preset", test_json_preset);
  g_test_add_func ("/stackwise/cli/json-tiny-and-tie", test_json_tiny_and_tie);
  g_test_add_func ("/stackwise/cli/situation", test_situation);
  g_test_add_func ("/stackwise/cli/fractional-and-empty", test_fractional_and_empty);
  g_test_add_func ("/stackwise/cli/bad-input", test_bad_input);
  g_test_add_func ("/stackwise/cli/scenario-text", test_meeting_file_text);
  g_test_add_func ("/stackwise/cli/scenario-json", test_meeting_file_json);
  g_test_add_func ("/stackwise/cli/exports", test_exports);
  g_test_add_func ("/stackwise/cli/blind-open", test_blind_open);
  g_test_add_func ("/stackwise/cli/collect-bad-input", test_collect_bad_input);
  g_test_add_func ("/stackwise/cli/scenario-bad-input", test_meeting_file_bad_input);
  g_test_add_func ("/stackwise/cli/nested-too-deeply", test_nested_too_deeply);

  return g_test_run ();
}
