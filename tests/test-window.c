/* test-window.c — the main window: title, main parts, actions
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-application.h"
#include "sw-page-list.h"
#include "sw-test.h"
#include "sw-window.h"

static void
test_window_parts (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = sw_window_new (SW_APPLICATION (app));
  AdwWindowTitle *title;

  sw_test_present_and_wait (GTK_WINDOW (window));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Stackwise");
  title = ADW_WINDOW_TITLE (sw_test_window_child (window, "window_title"));
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "Stackwise");
  /* The subtitle says which comparison is loaded and where from. */
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (title), "Python vs Node.js"));
  g_assert_nonnull (strstr (adw_window_title_get_subtitle (title), "built-in"));

  g_assert_true (ADW_IS_HEADER_BAR (sw_test_window_child (window, "header_bar")));
  g_assert_true (GTK_IS_MENU_BUTTON (sw_test_window_child (window, "primary_menu_button")));
  g_assert_true (GTK_IS_STACK (sw_test_window_child (window, "page_stack")));
  g_assert_true (SW_IS_PAGE_LIST (sw_test_window_child (window, "page_list")));
  g_assert_true (gtk_widget_get_mapped (sw_test_window_child (window, "page_stack")));

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

static gboolean
has_visible_toplevel_of_type (gpointer data)
{
  GType type = GPOINTER_TO_SIZE (data);
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (item, type) && gtk_widget_get_visible (GTK_WIDGET (item)))
        return TRUE;
    }

  return FALSE;
}

static void
test_window_actions (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = sw_window_new (SW_APPLICATION (app));
  g_auto(GStrv) quit_accels = NULL;
  g_auto(GStrv) close_accels = NULL;
  g_auto(GStrv) help_accels = NULL;

  sw_test_present_and_wait (GTK_WINDOW (window));

  quit_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
  g_assert_true (g_strv_contains ((const char * const *)quit_accels, "<Control>q"));
  close_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "window.close");
  g_assert_true (g_strv_contains ((const char * const *)close_accels, "<Control>w"));
  help_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay");
  g_assert_true (g_strv_contains ((const char * const *)help_accels, "<Control>question"));

  /* Keyboard Shortcuts */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (sw_test_wait_until (has_visible_toplevel_of_type,
                                     GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW), 5000));
  sw_test_close_toplevels_of_type (GTK_TYPE_SHORTCUTS_WINDOW);

  /* About */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.about", NULL));
  g_assert_true (sw_test_wait_until (has_visible_toplevel_of_type,
                                     GSIZE_TO_POINTER (ADW_TYPE_ABOUT_WINDOW), 5000));
  sw_test_close_toplevels_of_type (ADW_TYPE_ABOUT_WINDOW);

  /* Close window */
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL));
  sw_test_iterate ();
  g_assert_null (window);
}

static void
test_window_quit (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *first = sw_window_new (SW_APPLICATION (app));
  SwWindow *second = sw_window_new (SW_APPLICATION (app));

  sw_test_present_and_wait (GTK_WINDOW (first));
  sw_test_present_and_wait (GTK_WINDOW (second));

  g_object_add_weak_pointer (G_OBJECT (first), (gpointer *)&first);
  g_object_add_weak_pointer (G_OBJECT (second), (gpointer *)&second);
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  sw_test_iterate ();

  g_assert_null (first);
  g_assert_null (second);
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
test_window_size_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window;
  int width, height;

  window = sw_window_new (SW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1100);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 720);

  window = sw_window_new (SW_APPLICATION (app));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1100);
  g_assert_cmpint (height, ==, 720);
  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

/* The page list: one row per page, in the stack's order, with its icon and
 * title; the selected row is the visible page, whichever side changes it. */

static GtkListBox *
page_list_box (SwWindow *window)
{
  GtkWidget *list = sw_test_find_descendant (sw_test_window_child (window, "page_list"), GTK_TYPE_LIST_BOX, NULL);

  g_assert_nonnull (list);
  return GTK_LIST_BOX (list);
}

/* The visible page's row is marked selected, for the eye and for a screen reader. */
static gboolean
row_is_current (GtkListBoxRow *row)
{
  gboolean selected = (gtk_widget_get_state_flags (GTK_WIDGET (row)) & GTK_STATE_FLAG_SELECTED) != 0;

  gtk_test_accessible_assert_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_SELECTED, selected);
  return selected;
}

static void
assert_rows_match_pages (SwWindow *window)
{
  GtkStack *stack = GTK_STACK (sw_test_window_child (window, "page_stack"));
  GtkListBox *list = page_list_box (window);
  GtkWidget *visible = gtk_stack_get_visible_child (stack);
  guint i = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      GtkStackPage *page = gtk_stack_get_page (stack, child);
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (list, i);
      GtkWidget *image;
      g_autofree char *text = NULL;
      g_autofree char *expected = g_strconcat (gtk_stack_page_get_title (page), "\n", NULL);

      g_assert_nonnull (row);
      text = sw_test_collect_text (GTK_WIDGET (row));
      g_assert_cmpstr (text, ==, expected);
      gtk_test_accessible_assert_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                           gtk_stack_page_get_title (page));
      image = sw_test_find_descendant (GTK_WIDGET (row), GTK_TYPE_IMAGE, NULL);
      g_assert_nonnull (image);
      /* A section without an icon gets a plain page's, so that the titles line up. */
      if (gtk_stack_page_get_icon_name (page) != NULL)
        g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (image)), ==, gtk_stack_page_get_icon_name (page));
      else
        g_assert_cmpstr (gtk_image_get_icon_name (GTK_IMAGE (image)), ==, "text-x-generic-symbolic");
      g_assert_true (row_is_current (row) == (child == visible));
    }
  g_assert_cmpuint (i, >, 1);
  g_assert_null (gtk_list_box_get_row_at_index (list, i));
}

static void
test_window_page_list (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  SwWindow *window;
  GtkStack *stack;
  GtkListBox *list;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "three-technologies.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SwDataset) three = sw_dataset_new_from_path (path, &error);
  g_autoptr(SwDataset) shipped = NULL;

  g_assert_no_error (error);
  g_settings_reset (settings, "page");
  window = sw_window_new (SW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 900);
  sw_test_present_and_wait (GTK_WINDOW (window));
  stack = GTK_STACK (sw_test_window_child (window, "page_stack"));
  list = page_list_box (window);

  /* Decide first, then the comparison's sections. */
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (list), "navigation-sidebar"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, "Pages");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "decide");
  g_assert_true (row_is_current (gtk_list_box_get_row_at_index (list, 0)));
  assert_rows_match_pages (window);

  /* A row activated (a click, Enter) shows its page... */
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 3));
  g_assert_true (gtk_stack_get_visible_child (stack) ==
                 gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
                   gtk_widget_get_first_child (GTK_WIDGET (stack))))));
  assert_rows_match_pages (window);

  /* ...and a page shown otherwise selects its row. */
  gtk_stack_set_visible_child_name (stack, "decide");
  assert_rows_match_pages (window);

  /* The arrow keys move the focus, not the page. */
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));
  g_signal_emit_by_name (list, "move-cursor", GTK_MOVEMENT_DISPLAY_LINES, 1, FALSE, FALSE);
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 1))));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "decide");
  assert_rows_match_pages (window);

  /* Another dataset replaces the comparison pages: the rows follow, and the
   * page shown, gone with the old dataset, gives way to one that exists. */
  sw_window_set_dataset (window, three);
  sw_test_iterate ();
  assert_rows_match_pages (window);
  g_assert_nonnull (sw_page_list_get_selected_row (SW_PAGE_LIST (sw_test_window_child (window, "page_list"))));

  gtk_stack_set_visible_child_name (stack, "decide");
  shipped = sw_dataset_get_default ();
  sw_window_set_dataset (window, shipped);
  sw_test_iterate ();
  assert_rows_match_pages (window);
  g_assert_true (row_is_current (gtk_list_box_get_row_at_index (list, 0)));

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

static gboolean
is_folded (gpointer data)
{
  return adw_flap_get_folded (ADW_FLAP (data));
}

/* Wide enough, the sidebar stays beside the page at the first start's size;
 * in a 1024×700 window it folds away behind its button, and nothing else is
 * cut off. */
static void
test_window_fold (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  SwWindow *window;
  AdwFlap *flap;
  GtkListBox *list;
  GtkWidget *content;
  int min_width;
  int row_min;

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "page");

  window = sw_window_new (SW_APPLICATION (app));
  sw_test_present_and_wait (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  sw_test_iterate ();
  flap = ADW_FLAP (sw_test_window_child (window, "flap"));
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_get_mapped (sw_test_window_child (window, "sidebar")));
  /* The titles wrap or ellipsize: the sidebar keeps its width. */
  g_assert_cmpint (gtk_widget_get_width (sw_test_window_child (window, "sidebar")), <=, 260);
  gtk_widget_measure (sw_test_window_child (window, "sidebar"), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 260);
  list = page_list_box (window);
  gtk_widget_measure (GTK_WIDGET (gtk_list_box_get_row_at_index (list, 3)), GTK_ORIENTATION_HORIZONTAL, -1,
                      &row_min, NULL, NULL, NULL);
  g_assert_cmpint (row_min, <=, 260);
  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();

  window = sw_window_new (SW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1024, 700);
  sw_test_present_and_wait (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  flap = ADW_FLAP (sw_test_window_child (window, "flap"));
  g_assert_true (sw_test_wait_until (is_folded, flap, 5000));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_get_mapped (sw_test_window_child (window, "sidebar_button")));
  g_assert_true (gtk_widget_get_mapped (sw_test_window_child (window, "page_stack")));
  g_assert_true (gtk_widget_get_mapped (sw_test_window_child (window, "recommendation_pane")));

  /* Nothing cut off: the page and the pane get at least what they ask for. */
  content = sw_test_window_child (window, "content_box");
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_width (content), >=, min_width);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1024);

  /* The button shows the pages over the page; choosing one makes way for it. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (sw_test_window_child (window, "sidebar_button")), TRUE);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  list = page_list_box (window);
  g_signal_emit_by_name (list, "row-activated", gtk_list_box_get_row_at_index (list, 0));
  g_assert_false (adw_flap_get_reveal_flap (flap));

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

/* The keyboard, with real key events: the pages' list is one stop for Tab
 * and changes the page on Enter, not on focus; Tab walks the form in reading
 * order; F6 goes round the pages' list, the page and the pane. */

static GtkWidget *
focus_of (SwWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
focus_within (SwWindow   *window,
              const char *name)
{
  GtkWidget *focus = focus_of (window);
  GtkWidget *region = sw_test_window_child (window, name);

  return focus != NULL && (focus == region || gtk_widget_is_ancestor (focus, region));
}

static void
press (const char *keys)
{
  sw_test_input_xdotool ("key", "--delay", "30", keys, NULL);
}

static void
test_window_keyboard (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  SwWindow *window;
  GtkStack *stack;
  GtkListBox *list;
  GtkWidget *form;
  GtkWidget *content;
  graphene_rect_t previous = GRAPHENE_RECT_INIT (0, -1, 0, 0);
  guint n_scales = 0;
  guint n_stops = 0;

  if (!sw_test_input_available ())
    return;

  g_settings_reset (settings, "page");
  window = sw_window_new (SW_APPLICATION (app));
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  sw_test_present_and_wait (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  stack = GTK_STACK (sw_test_window_child (window, "page_stack"));
  list = page_list_box (window);
  form = sw_test_window_child (window, "decision_form");

  /* F6 from nowhere: the pages' list, on the visible page's row. */
  press ("F6");
  g_assert_true (focus_of (window) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, 0)));

  /* Down and Up move the focus; the page changes on Enter. */
  press ("Down");
  press ("Down");
  g_assert_true (focus_of (window) == GTK_WIDGET (gtk_list_box_get_row_at_index (list, 2)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "decide");
  press ("Return");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), !=, "decide");
  g_assert_true (row_is_current (gtk_list_box_get_row_at_index (list, 2)));
  press ("Up");
  press ("Up");
  press ("Return");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "decide");

  /* Tab leaves the list for the page: one stop, however many pages. */
  press ("Tab");
  g_assert_true (focus_within (window, "page_stack"));

  /* Through the form in reading order: each stop is below the last, beside
   * it to the right, or inside it (a row, then its control), in the scrolled
   * content's coordinates. */
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (form)));
  content = gtk_viewport_get_child (GTK_VIEWPORT (content));
  while (focus_within (window, "page_stack"))
    {
      GtkWidget *focus = focus_of (window);
      graphene_rect_t bounds;

      g_assert_cmpuint (++n_stops, <, 400);
      g_assert_true (gtk_widget_compute_bounds (focus, content, &bounds));
      if (bounds.origin.y < previous.origin.y + previous.size.height - 1 &&
          !graphene_rect_contains_rect (&previous, &bounds))
        {
          /* Side by side: beside the last one, to its right. */
          g_assert_cmpfloat (bounds.origin.y + bounds.size.height, >, previous.origin.y);
          g_assert_cmpfloat (bounds.origin.x, >=, previous.origin.x + previous.size.width - 1);
        }
      previous = bounds;
      if (GTK_IS_SCALE (focus))
        n_scales++;
      press ("Tab");
    }
  g_assert_cmpuint (n_scales, ==, sw_dataset_get_n_criteria (sw_window_get_dataset (window)));
  /* After the form, the pane. */
  g_assert_true (focus_within (window, "recommendation_pane"));

  /* F6 goes round: pane → pages → page → pane, and Shift+F6 back. */
  press ("F6");
  g_assert_true (focus_within (window, "sidebar"));
  press ("F6");
  g_assert_true (focus_within (window, "page_stack"));
  press ("F6");
  g_assert_true (focus_within (window, "recommendation_pane"));
  press ("shift+F6");
  g_assert_true (focus_within (window, "page_stack"));
  press ("shift+F6");
  g_assert_true (focus_within (window, "sidebar"));

  /* Through the pane, whose disclosure does not keep the focus. */
  press ("shift+F6");
  g_assert_true (focus_within (window, "recommendation_pane"));
  while (focus_within (window, "recommendation_pane"))
    {
      GtkWidget *before = focus_of (window);

      g_assert_cmpuint (++n_stops, <, 400);
      press ("Tab");
      g_assert_true (focus_of (window) != before);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

/* Leaving present mode brings the layout back: the pages' list shows again
 * if it showed before, and stays hidden if it was hidden. */
static void
test_window_present_layout (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = sw_window_new (SW_APPLICATION (app));
  AdwFlap *flap;

  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 1000);
  sw_test_present_and_wait (GTK_WINDOW (window));
  flap = ADW_FLAP (sw_test_window_child (window, "flap"));
  g_assert_true (adw_flap_get_reveal_flap (flap));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  sw_test_iterate ();
  g_assert_true (sw_window_get_presenting (window));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-present", NULL));
  sw_test_iterate ();
  g_assert_false (sw_window_get_presenting (window));
  g_assert_true (adw_flap_get_reveal_flap (flap));

  /* Hidden by hand before: hidden after. */
  adw_flap_set_reveal_flap (flap, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  sw_test_iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.present", NULL));
  sw_test_iterate ();
  g_assert_false (sw_window_get_presenting (window));
  g_assert_false (adw_flap_get_reveal_flap (flap));

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

  g_test_add_func ("/stackwise/window/parts", test_window_parts);
  g_test_add_func ("/stackwise/window/actions", test_window_actions);
  g_test_add_func ("/stackwise/window/quit", test_window_quit);
  g_test_add_func ("/stackwise/window/size-remembered", test_window_size_remembered);
  g_test_add_func ("/stackwise/window/page-list", test_window_page_list);
  g_test_add_func ("/stackwise/window/fold", test_window_fold);
  g_test_add_func ("/stackwise/window/keyboard", test_window_keyboard);
  g_test_add_func ("/stackwise/window/present-layout", test_window_present_layout);

  return g_test_run ();
}
