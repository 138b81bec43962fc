/* test-settings.c — settings edited by hand (gsettings, dconf) with values out of range
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "sw-application.h"
#include "sw-decision-form.h"
#include "sw-evaluate.h"
#include "sw-recommendation-pane.h"
#include "sw-test.h"
#include "sw-window.h"

#define SETTINGS_PATH "/io/github/stackwise/Stackwise/"

static const char *keys[] = {
  "window-width", "window-height", "window-maximized", "page", "weights", "preset", "zoom",
  "skills", "existing",
};

/* Writes the value straight into the settings backend, as `dconf write` does:
 * no range check, any type. The text is parsed as the key's own type when
 * @type is NULL, as `gsettings set` does (which then also checks ranges). */
static void
write_raw (const char *key,
           const char *type,
           const char *text)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GSettingsBackend) backend = g_settings_backend_get_default ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autofree char *path = g_strconcat (SETTINGS_PATH, key, NULL);

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  value = g_variant_parse (type != NULL ? G_VARIANT_TYPE (type)
                                        : g_settings_schema_key_get_value_type (schema_key),
                           text, NULL, NULL, &error);
  g_assert_no_error (error);

  /* The backend's own write, which GSettings calls after its checks. */
  g_assert_true (G_SETTINGS_BACKEND_GET_CLASS (backend)->write (backend, path, value, NULL));
}

static void
reset_all (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

static SwWindow *
open_window (GApplication *app)
{
  SwWindow *window = sw_window_new (SW_APPLICATION (app));

  sw_test_present_and_wait (GTK_WINDOW (window));
  return window;
}

static double
weight_of (SwWindow   *window,
           const char *id)
{
  SwDataset *dataset = sw_window_get_dataset (window);
  int criterion = sw_dataset_find_criterion (dataset, id);

  g_assert_cmpint (criterion, >=, 0);
  return sw_meeting_get_weight (sw_window_get_meeting (window), criterion);
}

/* What every window must show whatever the settings held: every weight a
 * number in 0–10 on its slider, a verdict with scores in 0–100, a page. */
static void
assert_sane (SwWindow *window)
{
  SwDataset *dataset = sw_window_get_dataset (window);
  SwDecisionForm *form = SW_DECISION_FORM (sw_test_window_child (window, "decision_form"));
  SwRecommendationPane *pane = SW_RECOMMENDATION_PANE (sw_test_window_child (window, "recommendation_pane"));
  GtkStack *stack = GTK_STACK (sw_test_window_child (window, "page_stack"));
  SwVerdict *verdict;
  int width = 0, height = 0;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset); i++)
    {
      double weight = sw_meeting_get_weight (sw_window_get_meeting (window), i);

      g_assert_true (isfinite (weight));
      g_assert_cmpfloat (weight, >=, SW_WEIGHT_MIN);
      g_assert_cmpfloat (weight, <=, SW_WEIGHT_MAX);
      g_assert_cmpfloat (gtk_range_get_value (sw_decision_form_get_scale (form, i)), ==, weight);
    }

  verdict = sw_recommendation_pane_get_verdict (pane);
  g_assert_nonnull (verdict);
  for (guint t = 0; t < sw_dataset_get_n_technologies (dataset); t++)
    {
      double score = sw_verdict_get_score (verdict, t);

      g_assert_true (score >= 0.0 && score <= 100.0);
    }

  g_assert_nonnull (gtk_stack_get_visible_child (stack));
  g_assert_nonnull (gtk_stack_get_child_by_name (stack, gtk_stack_get_visible_child_name (stack)));

  g_assert_true (isfinite (sw_window_get_scale (window)));
  g_assert_cmpfloat (sw_window_get_scale (window), >, 0.0);

  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, >=, 360);
  g_assert_cmpint (height, >=, 294);
  g_assert_cmpint (width, <=, 16384);
  g_assert_cmpint (height, <=, 16384);
}

/* What the window writes back is clean again. */
static void
assert_saved_weights_clean (SwWindow *window)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GVariant) weights = NULL;
  SwDataset *dataset = sw_window_get_dataset (window);
  GVariantIter iter;
  const char *id;
  double value;

  /* Saving is deferred to an idle: a change makes it happen now. */
  sw_meeting_set_weight (sw_window_get_meeting (window), 0,
                          weight_of (window, sw_dataset_get_criterion (dataset, 0)->id) < 10 ? 10 : 9);
  sw_test_close_window (GTK_WINDOW (window));

  weights = g_settings_get_value (settings, "weights");
  g_variant_iter_init (&iter, weights);
  while (g_variant_iter_next (&iter, "{&sd}", &id, &value))
    {
      g_assert_cmpint (sw_dataset_find_criterion (dataset, id), >=, 0);
      g_assert_true (isfinite (value) && value >= SW_WEIGHT_MIN && value <= SW_WEIGHT_MAX);
    }
}

static void
test_weights_out_of_range (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window;

  reset_all ();
  write_raw ("weights", NULL,
             "{'realtime': 99, 'data_ml': -5, 'learning': nan, 'team_skills': inf, "
             "'readability': -inf, 'cpu_bound': 1e308, 'no-such-criterion': 7, '': 3, "
             "'prototyping': 7.25, 'code_sharing': 2, 'code_sharing': 8, 'js_team': 4}");
  window = open_window (app);
  assert_sane (window);

  g_assert_cmpfloat (weight_of (window, "realtime"), ==, 10.0);     /* clamped */
  g_assert_cmpfloat (weight_of (window, "data_ml"), ==, 0.0);       /* clamped */
  g_assert_cmpfloat (weight_of (window, "cpu_bound"), ==, 10.0);    /* clamped */
  g_assert_cmpfloat (weight_of (window, "learning"), ==, SW_MEETING_DEFAULT_WEIGHT);    /* NaN */
  g_assert_cmpfloat (weight_of (window, "team_skills"), ==, SW_MEETING_DEFAULT_WEIGHT); /* inf */
  g_assert_cmpfloat (weight_of (window, "readability"), ==, SW_MEETING_DEFAULT_WEIGHT); /* -inf */
  g_assert_cmpfloat (weight_of (window, "prototyping"), ==, 7.25);
  g_assert_cmpfloat (weight_of (window, "code_sharing"), ==, 8.0);  /* the last one counts */
  g_assert_cmpfloat (weight_of (window, "microservices"), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_null (sw_meeting_get_preset_id (sw_window_get_meeting (window)));

  assert_saved_weights_clean (window);
}

static void
test_unknown_preset (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window;

  reset_all ();
  write_raw ("preset", NULL, "'no-such-preset'");
  write_raw ("weights", NULL, "{'realtime': 8}");
  window = open_window (app);
  assert_sane (window);

  g_assert_null (sw_meeting_get_preset_id (sw_window_get_meeting (window)));
  g_assert_cmpfloat (weight_of (window, "realtime"), ==, 8.0);
  sw_test_close_window (GTK_WINDOW (window));
}

/* A known preset brings its own weights: settings that disagree with it lose. */
static void
test_preset_with_other_weights (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window;
  SwDataset *dataset;
  const SwPreset *preset;

  reset_all ();
  write_raw ("preset", NULL, "'startup-validate'");
  write_raw ("weights", NULL, "{'realtime': 99, 'data_ml': nan}");
  window = open_window (app);
  assert_sane (window);

  dataset = sw_window_get_dataset (window);
  preset = sw_dataset_get_preset (dataset, sw_dataset_find_preset (dataset, "startup-validate"));
  g_assert_cmpstr (sw_meeting_get_preset_id (sw_window_get_meeting (window)), ==, "startup-validate");
  for (guint i = 0; i < sw_dataset_get_n_criteria (dataset); i++)
    g_assert_cmpfloat (sw_meeting_get_weight (sw_window_get_meeting (window), i), ==, preset->weights[i]);
  sw_test_close_window (GTK_WINDOW (window));
}

/* `dconf write` takes any type; GSettings ignores a value of the wrong type. */
static void
test_wrong_types (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window;

  reset_all ();
  write_raw ("weights", "s", "'lots'");
  write_raw ("preset", "i", "3");
  write_raw ("page", "as", "['decide']");
  write_raw ("zoom", "s", "'huge'");
  write_raw ("window-width", "s", "'wide'");
  window = open_window (app);
  assert_sane (window);

  g_assert_cmpfloat (weight_of (window, "realtime"), ==, SW_MEETING_DEFAULT_WEIGHT);
  g_assert_null (sw_meeting_get_preset_id (sw_window_get_meeting (window)));
  g_assert_cmpfloat (sw_window_get_scale (window), ==, 1.0);
  sw_test_close_window (GTK_WINDOW (window));
}

static void
test_unknown_page (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  const char *pages[] = { "no-such-page", "", "../decide", "decide\n" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GVariant) page = g_variant_ref_sink (g_variant_new_string (pages[i]));
      g_autofree char *text = g_variant_print (page, FALSE);
      SwWindow *window;

      reset_all ();
      write_raw ("page", NULL, text);
      window = open_window (app);
      assert_sane (window);
      sw_test_close_window (GTK_WINDOW (window));
    }
}

/* GSettings ignores what `dconf write` puts outside the schema's range, and
 * reads the default instead; NaN passes its range check (every comparison with
 * NaN is false), so the window ignores it itself. */
static void
test_zoom (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  struct { const char *text; double scale; } cases[] = {
    { "nan", 1.0 }, { "1e300", 1.0 }, { "-2.0", 1.0 }, { "0.0", 1.0 }, { "inf", 1.0 }, { "3.0", 3.0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SwWindow *window;

      reset_all ();
      write_raw ("zoom", NULL, cases[i].text);
      window = open_window (app);
      assert_sane (window);
      g_assert_cmpfloat (sw_window_get_scale (window), ==, cases[i].scale);

      /* The zoom actions still work from there. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom-reset", NULL));
      g_assert_cmpfloat (sw_window_get_scale (window), ==, 1.0);
      sw_test_close_window (GTK_WINDOW (window));
    }
}

static void
test_window_size (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  struct { const char *width, *height, *maximized; } cases[] = {
    { "100000", "-7", "false" },         /* outside the ranges: GSettings reads the defaults */
    { "0", "2147483647", "true" },
    { "16384", "16384", "false" },       /* inside the ranges, far larger than any screen */
    { "16384", "16384", "true" },
    { "360", "294", "false" },           /* the smallest allowed */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SwWindow *window;

      reset_all ();
      write_raw ("window-width", NULL, cases[i].width);
      write_raw ("window-height", NULL, cases[i].height);
      write_raw ("window-maximized", NULL, cases[i].maximized);
      window = open_window (app);
      assert_sane (window);
      sw_test_close_window (GTK_WINDOW (window));
    }
}

/* The team's situation comes back at the next start; what a hand edit broke
 * (an unknown technology, a level outside 0–10) is not stated. */
static void
test_situation (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window;
  const SwSituation *situation;

  reset_all ();
  write_raw ("skills", NULL, "{'python': 7.5, 'nodejs': 11, 'cobol': 3}");
  write_raw ("existing", NULL, "'nodejs'");
  window = open_window (app);
  assert_sane (window);
  situation = sw_meeting_get_situation (sw_window_get_meeting (window));
  g_assert_cmpfloat (situation->skills[0], ==, 7.5);
  g_assert_cmpfloat (situation->skills[1], ==, SW_SKILL_NOT_STATED);
  g_assert_cmpint (situation->existing, ==, 1);
  /* Restored, not done: nothing to undo. */
  g_assert_false (sw_meeting_can_undo (sw_window_get_meeting (window)));

  /* A change is saved for the next start. */
  sw_meeting_set_existing (sw_window_get_meeting (window), SW_EXISTING_NONE);
  sw_test_close_window (GTK_WINDOW (window));
  window = open_window (app);
  g_assert_cmpint (sw_meeting_get_situation (sw_window_get_meeting (window))->existing, ==, SW_EXISTING_NONE);
  sw_test_close_window (GTK_WINDOW (window));

  write_raw ("existing", NULL, "'cobol'");
  window = open_window (app);
  g_assert_cmpint (sw_meeting_get_situation (sw_window_get_meeting (window))->existing, ==,
                   SW_EXISTING_NOT_STATED);
  sw_test_close_window (GTK_WINDOW (window));
  reset_all ();
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

  g_test_add_func ("/stackwise/settings/weights-out-of-range", test_weights_out_of_range);
  g_test_add_func ("/stackwise/settings/unknown-preset", test_unknown_preset);
  g_test_add_func ("/stackwise/settings/preset-with-other-weights", test_preset_with_other_weights);
  g_test_add_func ("/stackwise/settings/wrong-types", test_wrong_types);
  g_test_add_func ("/stackwise/settings/unknown-page", test_unknown_page);
  g_test_add_func ("/stackwise/settings/zoom", test_zoom);
  g_test_add_func ("/stackwise/settings/window-size", test_window_size);
  g_test_add_func ("/stackwise/settings/situation", test_situation);

  return g_test_run ();
}
