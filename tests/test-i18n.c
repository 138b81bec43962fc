/* test-i18n.c — the window in German, and mirrored for right-to-left languages
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sw-application.h"
#include "sw-bar-chart.h"
#include "sw-comparison-page.h"
#include "sw-test.h"
#include "sw-window.h"

static const char *
stack_page_title (GtkWidget  *stack,
                  const char *name)
{
  GtkWidget *child = gtk_stack_get_child_by_name (GTK_STACK (stack), name);

  g_assert_nonnull (child);
  return gtk_stack_page_get_title (gtk_stack_get_page (GTK_STACK (stack), child));
}

/* The label of the primary menu's item for @action. */
static char *
menu_label (GMenuModel *menu,
            const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *item_action = NULL;
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL)
        {
          char *found = menu_label (section, action);

          if (found != NULL)
            return found;
          continue;
        }

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &item_action)
          && g_strcmp0 (item_action, action) == 0
          && g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        return g_steal_pointer (&label);
    }

  return NULL;
}

/* LANGUAGE=de is set before GTK starts (main): the window's own words, the
 * built-in dataset's and the menu are German. */
static void
test_german_window (void)
{
  g_autoptr(GApplication) app = sw_test_application_new ();
  SwWindow *window = sw_window_new (SW_APPLICATION (app));
  GtkWidget *stack = sw_test_window_child (window, "page_stack");
  GtkMenuButton *menu_button = GTK_MENU_BUTTON (sw_test_window_child (window, "primary_menu_button"));
  AdwWindowTitle *title = ADW_WINDOW_TITLE (sw_test_window_child (window, "window_title"));
  g_autofree char *open_label = NULL;
  g_autofree char *text = NULL;
  g_autofree char *page_text = NULL;
  GtkWidget *page;

  sw_test_present_and_wait (GTK_WINDOW (window));

  /* The subtitle: the dataset's title and where it comes from, both translated. */
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Python vs. Node.js · mitgeliefert");

  /* Page titles from the .ui file and from the dataset. */
  g_assert_cmpstr (stack_page_title (stack, "decide"), ==, "Entscheiden");
  g_assert_cmpstr (stack_page_title (stack, "python-overview"), ==, "Python im Überblick");
  g_assert_cmpstr (stack_page_title (stack, "quick-guide"), ==, "Schnelle Entscheidungshilfe");

  /* The menu is built when it first opens. */
  gtk_menu_button_popup (menu_button);
  sw_test_iterate ();
  open_label = menu_label (gtk_menu_button_get_menu_model (menu_button), "win.open-dataset");
  gtk_menu_button_popdown (menu_button);
  sw_test_assert_contains (open_label, "Vergleich");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (menu_button)), ==, "Hauptmenü");

  /* What the decision page shows: form, criteria from the dataset, pane. */
  text = sw_test_collect_text (GTK_WIDGET (window));
  sw_test_assert_contains (text, "Die Prioritäten Ihres Teams");
  sw_test_assert_contains (text, "Echtzeit & viele Verbindungen");
  sw_test_assert_contains (text, "Arbeitslast");
  sw_test_assert_contains (text, "Empfehlung");
  g_assert_null (strstr (text, "Your team’s priorities"));
  g_assert_null (strstr (text, "Real-time features"));

  /* A comparison page's blocks, which the window reads from the dataset's
   * JSON: text, table cells and figures in German number format. */
  page = gtk_stack_get_child_by_name (GTK_STACK (stack), "performance");
  sw_comparison_page_ensure_content (SW_COMPARISON_PAGE (page));
  page_text = sw_test_collect_text (page);
  sw_test_assert_contains (page_text, "Fünf Dimensionen nebeneinander.");
  sw_test_assert_contains (page_text, "Geschwindigkeit");
  sw_test_assert_contains (page_text, "Laut Leitfaden 15.000–20.000 Anfragen/s.");
  g_assert_null (strstr (page_text, "15,000"));

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

/* With SW_TEST_SCREENSHOT_DIR set, saves @widget as NAME.png there, to look at. */
static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("SW_TEST_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  graphene_rect_t bounds;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);

  graphene_rect_init (&bounds, 0, 0, width, height);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &bounds);
  path = g_strconcat (dir, G_DIR_SEPARATOR_S, name, ".png", NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("saved %s", path);
}

typedef struct
{
  graphene_rect_t sidebar;
  graphene_rect_t stack;
  graphene_rect_t pane;
} Layout;

/* Where the sidebar, the page stack and the recommendation pane are, in a
 * window wide enough that the sidebar does not fold away. */
static void
measure_layout (GtkTextDirection  direction,
                const char       *name,
                Layout           *layout)
{
  g_autoptr(GApplication) app = NULL;
  SwWindow *window;
  GtkWidget *root;
  GtkWidget *chart;
  AdwFlap *flap;

  /* Set before the window exists, as GTK does from the locale at start-up. */
  gtk_widget_set_default_direction (direction);

  app = sw_test_application_new ();
  window = sw_window_new (SW_APPLICATION (app));
  root = GTK_WIDGET (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1600, 900);
  sw_test_present_and_wait (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (root);

  g_assert_cmpint (gtk_widget_get_direction (sw_test_window_child (window, "content_box")), ==, direction);
  /* On a screen too narrow for all three side by side, the sidebar folds away
   * and slides in over the page from the start edge when shown. */
  flap = ADW_FLAP (sw_test_window_child (window, "flap"));
  if (!adw_flap_get_reveal_flap (flap))
    {
      g_assert_true (adw_flap_get_folded (flap));
      adw_flap_set_reveal_flap (flap, TRUE);
      gtk_test_widget_wait_for_draw (root);
    }
  g_assert_true (gtk_widget_compute_bounds (sw_test_window_child (window, "sidebar"), root,
                                            &layout->sidebar));
  g_assert_true (gtk_widget_compute_bounds (sw_test_window_child (window, "page_stack"), root,
                                            &layout->stack));
  g_assert_true (gtk_widget_compute_bounds (sw_test_window_child (window, "recommendation_pane"), root,
                                            &layout->pane));
  save_screenshot (root, name);
  if (g_getenv ("SW_TEST_SCREENSHOT_DIR") != NULL)
    {
      g_autofree char *page_name = g_strconcat (name, "-performance", NULL);

      gtk_stack_set_visible_child_name (GTK_STACK (sw_test_window_child (window, "page_stack")),
                                        "performance");
      gtk_test_widget_wait_for_draw (root);
      save_screenshot (root, page_name);
      chart = sw_test_find_descendant (sw_test_window_child (window, "page_stack"), SW_TYPE_BAR_CHART, NULL);
      if (chart != NULL)
        {
          g_free (page_name);
          page_name = g_strconcat (name, "-chart", NULL);
          save_screenshot (chart, page_name);
        }
    }

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static float
right_edge (const graphene_rect_t *rect)
{
  return rect->origin.x + rect->size.width;
}

static float
centre (const graphene_rect_t *rect)
{
  return rect->origin.x + rect->size.width / 2;
}

/* Left to right: sidebar, page, pane. */
static void
test_ltr_layout (void)
{
  Layout layout;

  measure_layout (GTK_TEXT_DIR_LTR, "ltr-layout", &layout);

  g_assert_cmpfloat (right_edge (&layout.stack), <=, layout.pane.origin.x);
  /* Beside the page, or over its left part when folded. */
  g_assert_cmpfloat (layout.sidebar.origin.x, <=, layout.stack.origin.x);
  g_assert_cmpfloat (centre (&layout.sidebar), <, centre (&layout.stack));
}

/* Right to left (Arabic, Hebrew, Persian): the same parts, mirrored. */
static void
test_rtl_layout (void)
{
  Layout layout;

  measure_layout (GTK_TEXT_DIR_RTL, "rtl-layout", &layout);

  g_assert_cmpfloat (right_edge (&layout.pane), <=, layout.stack.origin.x);
  /* Beside the page, or over its right part when folded. */
  g_assert_cmpfloat (right_edge (&layout.sidebar), >=, right_edge (&layout.stack));
  g_assert_cmpfloat (centre (&layout.sidebar), >, centre (&layout.stack));
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("STACKWISE_LOCALEDIR");

  /* As a German user's session would: LANGUAGE picks the catalog. It must be
   * set before the first message is looked up, so before GTK starts. glibc
   * ignores LANGUAGE in the "C" locale, but not in C.UTF-8 (the tests'
   * LC_ALL), so no German locale needs to be installed. */
  g_setenv ("LANGUAGE", "de", TRUE);
  setlocale (LC_ALL, "");
  /* The catalogs compiled into the build tree (po/meson.build). */
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (!sw_test_init_display (&argc, &argv))
    return 0;
  /* The folded sidebar slides in at once. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/stackwise/i18n/german-window", test_german_window);
  g_test_add_func ("/stackwise/i18n/ltr-layout", test_ltr_layout);
  g_test_add_func ("/stackwise/i18n/rtl-layout", test_rtl_layout);

  return g_test_run ();
}
