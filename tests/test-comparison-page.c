/* test-comparison-page.c — the comparison pages, and loading another dataset into the window
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "sw-application.h"
#include "sw-bar-chart.h"
#include "sw-comparison-page.h"
#include "sw-test.h"
#include "sw-window.h"

static GtkStack *
window_stack (SwWindow *window)
{
  GObject *stack = gtk_widget_get_template_child (GTK_WIDGET (window), SW_TYPE_WINDOW, "page_stack");

  g_assert_true (GTK_IS_STACK (stack));
  return GTK_STACK (stack);
}

static const char *
window_subtitle (SwWindow *window)
{
  GObject *title = gtk_widget_get_template_child (GTK_WIDGET (window), SW_TYPE_WINDOW, "window_title");

  return adw_window_title_get_subtitle (ADW_WINDOW_TITLE (title));
}

static SwWindow *
new_window (GApplication *app)
{
  SwWindow *window = sw_window_new (SW_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  sw_test_present_and_wait (GTK_WINDOW (window));
  return window;
}

static void
destroy_window (SwWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

static void
load_file (SwWindow   *window,
           const char *name)
{
  g_autofree char *path = sw_test_data_path (name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (sw_window_load_dataset_file (window, file, &error));
  g_assert_no_error (error);
  sw_test_iterate ();
}

/* A page's blocks are built when it is first shown; these tests read pages
 * that are not in view, so they build them first. */
static GtkWidget *
built_page (GtkStack   *stack,
            const char *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (stack, name);

  g_assert_true (SW_IS_COMPARISON_PAGE (page));
  sw_comparison_page_ensure_content (SW_COMPARISON_PAGE (page));
  return page;
}

/* The comparison pages of the stack, in order. */
static GPtrArray *
comparison_pages (GtkStack *stack)
{
  GPtrArray *pages = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (SW_IS_COMPARISON_PAGE (child))
      g_ptr_array_add (pages, child);

  return pages;
}

static void
test_every_section_has_a_page (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  GtkStack *stack = window_stack (window);
  SwDataset *dataset = sw_window_get_dataset (window);
  g_autoptr(GString) all_text = g_string_new (NULL);
  g_autoptr(GPtrArray) pages = comparison_pages (stack);

  g_assert_cmpuint (sw_dataset_get_n_sections (dataset), >=, 9);
  g_assert_cmpuint (pages->len, ==, sw_dataset_get_n_sections (dataset));

  for (guint i = 0; i < sw_dataset_get_n_sections (dataset); i++)
    {
      const SwSection *section = sw_dataset_get_section (dataset, i);
      GtkWidget *page = gtk_stack_get_child_by_name (stack, section->id);
      GtkStackPage *stack_page;
      g_autofree char *text = NULL;

      g_test_message ("section %s", section->id);
      g_assert_nonnull (page);
      g_assert_true (SW_IS_COMPARISON_PAGE (page));
      g_assert_true (page == g_ptr_array_index (pages, i));
      g_assert_cmpstr (sw_comparison_page_get_section_id (SW_COMPARISON_PAGE (page)), ==, section->id);

      stack_page = gtk_stack_get_page (stack, page);
      g_assert_cmpstr (gtk_stack_page_get_title (stack_page), ==, section->title);
      g_assert_cmpstr (gtk_stack_page_get_icon_name (stack_page), ==, section->icon);

      /* Not empty: the title and, below it, the blocks' text. */
      sw_comparison_page_ensure_content (SW_COMPARISON_PAGE (page));
      text = sw_test_collect_text (page);
      g_assert_nonnull (strstr (text, section->title));
      g_assert_cmpuint (strlen (text), >, strlen (section->title) + 40);
      g_string_append (all_text, text);
    }

  /* Key figures from the guide reach the screen. */
  g_assert_nonnull (strstr (all_text->str, "15,000–20,000"));
  g_assert_nonnull (strstr (all_text->str, "500–2,000"));
  g_assert_nonnull (strstr (all_text->str, "450,000+"));
  g_assert_nonnull (strstr (all_text->str, "2 million+"));
  g_assert_nonnull (strstr (all_text->str, "Guido van Rossum"));
  g_assert_nonnull (strstr (all_text->str, "Ryan Dahl"));
  g_assert_nonnull (strstr (all_text->str, "87%"));
  g_assert_nonnull (strstr (all_text->str, "Kaggle"));
  g_assert_nonnull (strstr (all_text->str, "70–80%"));
  /* Technology names are written, not only shown as colors. */
  g_assert_nonnull (strstr (all_text->str, "Python\n"));
  g_assert_nonnull (strstr (all_text->str, "Node.js\n"));
  /* Pros and cons are said in words. */
  g_assert_nonnull (strstr (all_text->str, "Pros\n"));
  g_assert_nonnull (strstr (all_text->str, "Cons\n"));

  destroy_window (window);
}

static void
assert_all_labels_selectable (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_visible (widget)
      && gtk_label_get_text (GTK_LABEL (widget))[0] != '\0'
      && gtk_widget_get_ancestor (widget, GTK_TYPE_BUTTON) == NULL)
    {
      if (!gtk_label_get_selectable (GTK_LABEL (widget)))
        g_error ("label “%s” cannot be selected", gtk_label_get_text (GTK_LABEL (widget)));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_all_labels_selectable (child);
}

static void
test_text_is_selectable (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  g_autoptr(GPtrArray) pages = comparison_pages (window_stack (window));

  for (guint i = 0; i < pages->len; i++)
    {
      sw_comparison_page_ensure_content (g_ptr_array_index (pages, i));
      assert_all_labels_selectable (g_ptr_array_index (pages, i));
    }

  destroy_window (window);
}

static void
assert_chart_describes (SwBarChart         *chart,
                        const char * const *words)
{
  const char *description = sw_bar_chart_get_description (chart);

  g_assert_nonnull (description);
  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strstr (description, words[i]) == NULL)
        g_error ("chart description “%s” lacks “%s”", description, words[i]);
    }

  /* It is what assistive technologies get. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (chart),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, sw_bar_chart_get_title (chart));
}

static gboolean
has_width (gpointer data)
{
  return gtk_widget_get_width (GTK_WIDGET (data)) > 0;
}

static void
test_charts (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  GtkStack *stack = window_stack (window);
  const char * const throughput[] = { "Python", "500–2,000", "Node.js", "15,000–20,000",
                                      "requests per second", NULL };
  const char * const packages[] = { "Python", "450,000+", "Node.js", "2 million+", NULL };
  GtkWidget *chart;

  chart = sw_test_find_descendant (built_page (stack, "performance"), SW_TYPE_BAR_CHART, NULL);
  g_assert_nonnull (chart);
  g_assert_cmpuint (sw_bar_chart_get_n_bars (SW_BAR_CHART (chart)), ==, 2);
  assert_chart_describes (SW_BAR_CHART (chart), throughput);
  /* A linear axis from 0 that holds the highest figure, with a round end. */
  g_assert_cmpfloat (sw_bar_chart_get_axis_max (SW_BAR_CHART (chart)), >=, 20000);
  g_assert_cmpfloat (sw_bar_chart_get_axis_max (SW_BAR_CHART (chart)), <=, 30000);
  /* Shown, it gets a real size. */
  gtk_stack_set_visible_child_name (stack, "performance");
  g_assert_true (sw_test_wait_until (has_width, chart, 5000));

  chart = sw_test_find_descendant (built_page (stack, "ecosystem"), SW_TYPE_BAR_CHART, NULL);
  g_assert_nonnull (chart);
  assert_chart_describes (SW_BAR_CHART (chart), packages);
  /* "2 million+" is open-ended: the axis leaves room beyond it. */
  g_assert_cmpfloat (sw_bar_chart_get_axis_max (SW_BAR_CHART (chart)), >, 2000000);

  destroy_window (window);
}

/* Only the page in view is built at start; another one is built as it is
 * shown, so that the frame that shows it is already complete. */
static void
test_built_when_shown (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  GtkStack *stack = window_stack (window);
  GtkWidget *visible = gtk_stack_get_visible_child (stack);
  g_autoptr(GPtrArray) pages = comparison_pages (stack);
  GtkWidget *page = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < pages->len; i++)
    {
      GtkWidget *candidate = g_ptr_array_index (pages, i);

      gboolean built = sw_comparison_page_has_content (SW_COMPARISON_PAGE (candidate));

      g_assert_cmpint (built, ==, candidate == visible);
      if (candidate != visible && page == NULL)
        page = candidate;
    }
  g_assert_nonnull (page);

  gtk_stack_set_visible_child (stack, page);
  g_assert_true (sw_comparison_page_has_content (SW_COMPARISON_PAGE (page)));
  g_assert_true (sw_test_wait_until (has_width, page, 5000));
  text = sw_test_collect_text (page);
  g_assert_nonnull (strstr (text, gtk_stack_page_get_title (gtk_stack_get_page (stack, page))));
  g_assert_cmpuint (strlen (text), >, 100);

  /* Another dataset: its pages wait to be shown too. */
  load_file (window, "three-technologies.json");
  page = gtk_stack_get_child_by_name (stack, "details");
  g_assert_false (sw_comparison_page_has_content (SW_COMPARISON_PAGE (page)));

  destroy_window (window);
  g_settings_reset (settings, "page");
}

static gboolean
button_has_target (GtkWidget  *button,
                   const char *preset)
{
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), "win.apply-preset") == 0
         && target != NULL
         && g_variant_is_of_type (target, G_VARIANT_TYPE_STRING)
         && g_strcmp0 (g_variant_get_string (target, NULL), preset) == 0;
}

static void
collect_apply_buttons (GtkWidget *widget,
                       GPtrArray *out)
{
  if (GTK_IS_BUTTON (widget) && gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) != NULL
      && g_str_equal (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.apply-preset"))
    g_ptr_array_add (out, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_apply_buttons (child, out);
}

static void
test_persona_table (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  GtkWidget *page = built_page (window_stack (window), "quick-guide");
  GtkWidget *table = sw_test_find_descendant (page, GTK_TYPE_GRID, "persona-table");
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *text = NULL;

  g_assert_nonnull (table);
  /* Column headers on the first row, then three rows of three cells. */
  for (int column = 0; column < 3; column++)
    for (int row = 0; row < 4; row++)
      g_assert_nonnull (gtk_grid_get_child_at (GTK_GRID (table), column, row));
  g_assert_null (gtk_grid_get_child_at (GTK_GRID (table), 3, 0));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (table), 0, 0))),
                   ==, "Startups");

  text = sw_test_collect_text (table);
  g_assert_nonnull (strstr (text, "Validate ideas quickly"));
  g_assert_nonnull (strstr (text, "weigh stack compatibility"));

  collect_apply_buttons (table, buttons);
  g_assert_cmpuint (buttons->len, ==, 9);
  g_assert_true (button_has_target (g_ptr_array_index (buttons, 0), "startup-validate"));
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *preset = g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button)), NULL);

      g_assert_cmpint (sw_dataset_find_preset (sw_window_get_dataset (window), preset), >=, 0);
    }

  destroy_window (window);
}

static void
test_three_technologies (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  GtkStack *stack = window_stack (window);
  GtkWidget *decide = gtk_stack_get_child_by_name (stack, "decide");
  const char * const figures[] = { "Python", "10–20", "Node.js", "30", "Go", "25+", "widgets", NULL };
  GtkWidget *overview, *details, *grid, *chart;
  g_autoptr(GPtrArray) pages = NULL;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  load_file (window, "three-technologies.json");

  g_assert_cmpstr (sw_dataset_get_id (sw_window_get_dataset (window)), ==, "three-tech-sample");
  g_assert_nonnull (strstr (window_subtitle (window), "Sample: three technologies"));
  g_assert_nonnull (strstr (window_subtitle (window), "three-technologies.json"));

  /* The old pages are gone, the new ones are there; other pages stay, first. */
  g_assert_null (gtk_stack_get_child_by_name (stack, "performance"));
  pages = comparison_pages (stack);
  g_assert_cmpuint (pages->len, ==, 2);
  overview = gtk_stack_get_child_by_name (stack, "overview");
  details = gtk_stack_get_child_by_name (stack, "details");
  g_assert_true (overview == g_ptr_array_index (pages, 0));
  g_assert_true (details == g_ptr_array_index (pages, 1));
  g_assert_true (gtk_stack_get_child_by_name (stack, "decide") == decide);
  if (decide != NULL)
    g_assert_true (gtk_widget_get_first_child (GTK_WIDGET (stack)) == decide);
  g_assert_null (gtk_stack_page_get_icon_name (gtk_stack_get_page (stack, details)));
  sw_comparison_page_ensure_content (SW_COMPARISON_PAGE (overview));
  sw_comparison_page_ensure_content (SW_COMPARISON_PAGE (details));

  /* Side by side: a header and a column per technology. */
  grid = sw_test_find_descendant (overview, GTK_TYPE_GRID, "compare-grid");
  g_assert_nonnull (grid);
  for (int column = 1; column <= 3; column++)
    for (int row = 0; row <= 2; row++)
      g_assert_nonnull (gtk_grid_get_child_at (GTK_GRID (grid), column, row));
  g_assert_null (gtk_grid_get_child_at (GTK_GRID (grid), 4, 0));
  g_assert_nonnull (sw_test_find_descendant (grid, GTK_TYPE_LABEL, "Go"));
  g_assert_nonnull (sw_test_find_descendant (grid, GTK_TYPE_LABEL, "a3"));

  chart = sw_test_find_descendant (details, SW_TYPE_BAR_CHART, NULL);
  g_assert_nonnull (chart);
  g_assert_cmpuint (sw_bar_chart_get_n_bars (SW_BAR_CHART (chart)), ==, 3);
  assert_chart_describes (SW_BAR_CHART (chart), figures);

  collect_apply_buttons (details, buttons);
  g_assert_cmpuint (buttons->len, ==, 2);
  g_assert_true (button_has_target (g_ptr_array_index (buttons, 0), "sample-data"));
  g_assert_true (button_has_target (g_ptr_array_index (buttons, 1), "sample-even"));

  destroy_window (window);
}

static void
test_visible_page_kept (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  GtkStack *stack = window_stack (window);

  load_file (window, "three-technologies.json");
  gtk_stack_set_visible_child_name (stack, "details");

  /* The same dataset again: new pages, the same one in view. */
  load_file (window, "three-technologies.json");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "details");

  /* A dataset without that page: some page is shown, none is blank. */
  {
    g_autoptr(SwDataset) builtin = sw_dataset_get_default ();

    sw_window_set_dataset (window, builtin);
  }
  g_assert_nonnull (gtk_stack_get_visible_child (stack));
  g_assert_null (gtk_stack_get_child_by_name (stack, "details"));

  destroy_window (window);
}

static void
assert_bad_file_keeps_dataset (SwWindow   *window,
                               const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *subtitle = g_strdup (window_subtitle (window));
  SwDataset *before = sw_window_get_dataset (window);
  GtkStack *stack = window_stack (window);
  g_autoptr(GPtrArray) pages_before = comparison_pages (stack);
  g_autoptr(GPtrArray) pages_after = NULL;

  g_test_message ("bad dataset %s", basename);
  g_assert_false (sw_window_load_dataset_file (window, file, &error));
  g_assert_error (error, SW_DATASET_ERROR, error->code);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, basename));
  g_assert_null (strchr (error->message, '\n'));

  /* Nothing changed: the same dataset, subtitle and page widgets. */
  g_assert_true (sw_window_get_dataset (window) == before);
  g_assert_cmpstr (window_subtitle (window), ==, subtitle);
  pages_after = comparison_pages (stack);
  g_assert_cmpuint (pages_after->len, ==, pages_before->len);
  for (guint i = 0; i < pages_after->len; i++)
    g_assert_true (g_ptr_array_index (pages_after, i) == g_ptr_array_index (pages_before, i));
}

static void
test_bad_dataset_keeps_old (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  g_autofree char *tmpdir = g_dir_make_tmp ("stackwise-test-XXXXXX", NULL);
  g_autofree char *not_json = g_build_filename (tmpdir, "broken.json", NULL);
  g_autofree char *missing = g_build_filename (tmpdir, "missing.json", NULL);
  g_autofree char *bad_dir = sw_test_data_path ("bad-datasets", NULL);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GFile) file = NULL;
  const char *name;

  g_assert_nonnull (tmpdir);
  g_assert_true (g_file_set_contents (not_json, "{ \"format\": 1, \"id\": ", -1, NULL));

  assert_bad_file_keeps_dataset (window, not_json);
  assert_bad_file_keeps_dataset (window, missing);

  /* Also after another dataset was loaded. */
  load_file (window, "three-technologies.json");
  assert_bad_file_keeps_dataset (window, not_json);

  /* Every fixture of the loader's bad-input suite is refused the same way. */
  dir = g_dir_open (bad_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (bad_dir, name, NULL);

      if (g_str_has_suffix (name, ".json"))
        assert_bad_file_keeps_dataset (window, path);
    }

  /* Through the window's own door the error is shown, and the pages stay. */
  file = g_file_new_for_path (not_json);
  sw_window_open_dataset (window, file);
  sw_test_iterate ();
  g_assert_cmpstr (sw_dataset_get_id (sw_window_get_dataset (window)), ==, "three-tech-sample");
  g_assert_nonnull (gtk_stack_get_child_by_name (window_stack (window), "overview"));
  if (sw_test_find_message_dialog (NULL) != NULL)
    sw_test_close_toplevels_of_type (ADW_TYPE_MESSAGE_DIALOG);

  g_unlink (not_json);
  g_rmdir (tmpdir);
  destroy_window (window);
}

static void
test_open_dataset_action (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  g_autofree char *path = sw_test_data_path ("three-technologies.json", NULL);
  gboolean found = FALSE;
  GType owner;
  const char *name;
  const GVariantType *parameter_type;
  const char *property;

  /* The menu's verb is the window's own action. */
  for (guint i = 0; gtk_widget_class_query_action (GTK_WIDGET_GET_CLASS (window), i, &owner, &name,
                                                   &parameter_type, &property); i++)
    found |= g_str_equal (name, "win.open-dataset") && parameter_type == NULL;
  g_assert_true (found);

  /* What `stackwise --dataset PATH` triggers in the running instance. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-dataset", g_variant_new_string (path));
  sw_test_iterate ();
  g_assert_cmpstr (sw_dataset_get_id (sw_window_get_dataset (window)), ==, "three-tech-sample");
  g_assert_nonnull (strstr (window_subtitle (window), "three-technologies.json"));

  destroy_window (window);
}

static void
test_page_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = new_window (app);
  g_autofree char *page = NULL;

  gtk_stack_set_visible_child_name (window_stack (window), "community");
  page = g_settings_get_string (settings, "page");
  g_assert_cmpstr (page, ==, "community");
  destroy_window (window);
  g_free (page);
  page = g_settings_get_string (settings, "page");
  g_assert_cmpstr (page, ==, "community");

  window = new_window (app);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "community");
  destroy_window (window);

  /* A remembered page that no longer exists is ignored quietly. */
  g_settings_set_string (settings, "page", "no-such-page");
  window = new_window (app);
  g_assert_nonnull (gtk_stack_get_visible_child (window_stack (window)));
  destroy_window (window);
  g_settings_reset (settings, "page");
}

static void
test_cli_bad_dataset (void)
{
  const char *bin = g_getenv ("STACKWISE_BIN");
  g_autofree char *tmpdir = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (bin == NULL)
    {
      g_test_skip ("STACKWISE_BIN is not set");
      return;
    }

  tmpdir = g_dir_make_tmp ("stackwise-test-XXXXXX", NULL);
  bad = g_build_filename (tmpdir, "not-a-dataset.json", NULL);
  g_assert_true (g_file_set_contents (bad, "[1, 2,", -1, NULL));

  {
    const char *argv[] = { bin, "--dataset", bad, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                 &out, &err, &status, &error));
  }
  g_assert_no_error (error);

  /* Exit status 2, nothing on stdout, one line naming the file on stderr. */
  g_assert_false (g_spawn_check_wait_status (status, &error));
  g_assert_error (error, G_SPAWN_EXIT_ERROR, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, "stackwise: "));
  g_assert_nonnull (strstr (err, "not-a-dataset.json"));
  g_assert_true (g_str_has_suffix (err, "\n"));
  g_assert_true (strchr (err, '\n') == err + strlen (err) - 1);

  g_unlink (bad);
  g_rmdir (tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

  g_test_add_func ("/stackwise/comparison-page/every-section", test_every_section_has_a_page);
  g_test_add_func ("/stackwise/comparison-page/built-when-shown", test_built_when_shown);
  g_test_add_func ("/stackwise/comparison-page/selectable", test_text_is_selectable);
  g_test_add_func ("/stackwise/comparison-page/charts", test_charts);
  g_test_add_func ("/stackwise/comparison-page/persona-table", test_persona_table);
  g_test_add_func ("/stackwise/comparison-page/three-technologies", test_three_technologies);
  g_test_add_func ("/stackwise/comparison-page/visible-page-kept", test_visible_page_kept);
  g_test_add_func ("/stackwise/comparison-page/bad-dataset-keeps-old", test_bad_dataset_keeps_old);
  g_test_add_func ("/stackwise/comparison-page/open-dataset-action", test_open_dataset_action);
  g_test_add_func ("/stackwise/comparison-page/page-remembered", test_page_remembered);
  g_test_add_func ("/stackwise/comparison-page/cli-bad-dataset", test_cli_bad_dataset);

  return g_test_run ();
}
