/* test-style.c — the style choice (follow the system, light, dark) and the contrast of colored text
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "sw-application.h"
#include "sw-tech-style.h"
#include "sw-test.h"
#include "sw-window.h"

static GApplication *app;

static void
set_style (const char *style)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_string (settings, "color-scheme", style);
  sw_test_iterate ();
}

/* The WCAG formula itself, on known pairs. */
static void
test_contrast_formula (void)
{
  GdkRGBA black, white, grey;

  gdk_rgba_parse (&black, "#000000");
  gdk_rgba_parse (&white, "#ffffff");
  gdk_rgba_parse (&grey, "#767676");
  g_assert_cmpfloat_with_epsilon (sw_tech_style_contrast (&black, &white), 21.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (sw_tech_style_contrast (&white, &white), 1.0, 1e-9);
  /* The lightest grey that passes 4.5:1 on white, as WCAG's examples give it. */
  g_assert_cmpfloat_with_epsilon (sw_tech_style_contrast (&grey, &white), 4.54, 0.01);
}

/* The main menu's Style section: three choices on one action, kept in the settings. */
static void
test_style_menu (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *scheme = NULL;
  SwWindow *window = sw_window_new (SW_APPLICATION (app));
  GMenuModel *menu = G_MENU_MODEL (gtk_widget_get_template_child (GTK_WIDGET (window), SW_TYPE_WINDOW,
                                                                  "primary_menu"));
  AdwStyleManager *manager = adw_style_manager_get_default ();
  const char *targets[] = { "follow", "light", "dark" };
  guint found = 0;

  sw_test_present_and_wait (GTK_WINDOW (window));
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);
      g_autofree char *label = NULL;

      if (section == NULL)
        continue;
      if (g_menu_model_get_item_attribute (menu, s, G_MENU_ATTRIBUTE_LABEL, "s", &label) &&
          g_strcmp0 (label, "Style") == 0)
        for (int i = 0; i < g_menu_model_get_n_items (section); i++)
          {
            g_autofree char *action = NULL;
            g_autofree char *target = NULL;

            g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action));
            g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_TARGET, "s", &target));
            g_assert_cmpstr (action, ==, "app.color-scheme");
            g_assert_cmpstr (target, ==, targets[i]);
            found++;
          }
      g_object_unref (section);
    }
  g_assert_cmpuint (found, ==, 3);

  /* The menu's action: the setting and the style manager follow. */
  g_action_group_activate_action (G_ACTION_GROUP (app), "color-scheme", g_variant_new_string ("dark"));
  sw_test_iterate ();
  scheme = g_settings_get_string (settings, "color-scheme");
  g_assert_cmpstr (scheme, ==, "dark");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_DARK);
  g_assert_true (adw_style_manager_get_dark (manager));

  g_action_group_activate_action (G_ACTION_GROUP (app), "color-scheme", g_variant_new_string ("light"));
  sw_test_iterate ();
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_FORCE_LIGHT);
  g_assert_false (adw_style_manager_get_dark (manager));

  /* Set elsewhere (another window, dconf): followed too. */
  set_style ("follow");
  g_assert_cmpint (adw_style_manager_get_color_scheme (manager), ==, ADW_COLOR_SCHEME_DEFAULT);
  {
    g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (app), "color-scheme");
    g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "follow");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  sw_test_iterate ();
}

/* A background as text sits on it: an translucent one over the window's. */
static void
lookup_background (GtkStyleContext *context,
                   const char      *name,
                   const GdkRGBA   *under,
                   GdkRGBA         *out)
{
  GdkRGBA color;

  if (!gtk_style_context_lookup_color (context, name, &color))
    g_error ("the style has no color named %s", name);

  out->red = color.red * color.alpha + under->red * (1.0 - color.alpha);
  out->green = color.green * color.alpha + under->green * (1.0 - color.alpha);
  out->blue = color.blue * color.alpha + under->blue * (1.0 - color.alpha);
  out->alpha = 1.0;
}

static void
assert_readable (const char      *what,
                 const char      *style,
                 const GdkRGBA   *text,
                 const GdkRGBA   *backgrounds,
                 const char     **names,
                 guint            n)
{
  g_autofree char *shown = gdk_rgba_to_string (text);

  for (guint b = 0; b < n; b++)
    {
      double contrast = sw_tech_style_contrast (text, &backgrounds[b]);
      g_autofree char *background = gdk_rgba_to_string (&backgrounds[b]);

      g_test_message ("%s, %s style: %s on %s (%s) = %.2f:1", what, style, shown, names[b], background,
                      contrast);
      if (contrast < SW_TECH_STYLE_MIN_CONTRAST)
        g_error ("%s in the %s style: %s on %s (%s) is only %.2f:1", what, style, shown, names[b],
                 background, contrast);
    }
}

/* Each technology's text color, as the style sheet resolves it, against each of
 * libadwaita's backgrounds of the style in force, light and dark; and the pros
 * and cons headers of ui/style.css against the card they sit on. */
static void
test_text_contrast (void)
{
  const char *datasets[] = { "shipped", "three-technologies.json" };
  const char *styles[] = { "light", "dark" };
  const char *names[] = { "window_bg_color", "view_bg_color", "card_bg_color", "headerbar_bg_color" };

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    for (guint d = 0; d < G_N_ELEMENTS (datasets); d++)
      {
        g_autoptr(SwDataset) dataset = sw_test_load_dataset (datasets[d]);
        GtkWidget *window = gtk_window_new ();
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
        guint n = sw_dataset_get_n_technologies (dataset);
        GtkWidget *pro = gtk_label_new ("Pros");
        GtkWidget *con = gtk_label_new ("Cons");
        GdkRGBA window_bg, backgrounds[G_N_ELEMENTS (names)], color;
        GtkStyleContext *context;

        set_style (styles[s]);
        g_assert_true (adw_style_manager_get_dark (adw_style_manager_get_default ()) == (s == 1));
        gtk_window_set_child (GTK_WINDOW (window), box);
        sw_tech_style_apply (window, dataset);
        for (guint t = 0; t < n; t++)
          {
            GtkWidget *label = gtk_label_new (sw_dataset_get_technology (dataset, t)->name);

            sw_tech_style_add_class (label, t, "sw-tech-text");
            gtk_box_append (GTK_BOX (box), label);
          }
        gtk_widget_add_css_class (pro, "sw-pro");
        gtk_widget_add_css_class (con, "sw-con");
        gtk_box_append (GTK_BOX (box), pro);
        gtk_box_append (GTK_BOX (box), con);
        sw_test_present_and_wait (GTK_WINDOW (window));

        context = gtk_widget_get_style_context (window);
        lookup_background (context, "window_bg_color", &(GdkRGBA) { 0, 0, 0, 1 }, &window_bg);
        for (guint b = 0; b < G_N_ELEMENTS (names); b++)
          lookup_background (context, names[b], &window_bg, &backgrounds[b]);

        for (GtkWidget *label = gtk_widget_get_first_child (box); label != NULL;
             label = gtk_widget_get_next_sibling (label))
          {
            const char *text = gtk_label_get_text (GTK_LABEL (label));
            gboolean pros_cons = label == pro || label == con;

            gtk_style_context_get_color (gtk_widget_get_style_context (label), &color);
            /* Pros and cons are drawn on the card. */
            assert_readable (text, styles[s], &color, pros_cons ? &backgrounds[2] : backgrounds,
                             pros_cons ? &names[2] : names, pros_cons ? 1 : G_N_ELEMENTS (names));
          }

        /* The dataset's own color still fills the swatches: only text is shaded. */
        for (guint t = 0; t < n; t++)
          {
            GdkRGBA original, shaded;

            gdk_rgba_parse (&original, sw_dataset_get_technology (dataset, t)->color);
            sw_tech_style_text_color (&original, s == 1, &shaded);
            g_assert_true (sw_tech_style_contrast (&shaded, &backgrounds[0]) >= SW_TECH_STYLE_MIN_CONTRAST);
          }

        gtk_window_destroy (GTK_WINDOW (window));
        sw_test_iterate ();
      }

  set_style ("follow");
}

/* A window already open follows a change of style: its technology text is
 * shaded again for the new background. */
static void
test_follows_change (void)
{
  g_autoptr(SwDataset) dataset = sw_test_load_dataset ("shipped");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("Python");
  GdkRGBA original, expected, shown;

  gdk_rgba_parse (&original, sw_dataset_get_technology (dataset, 0)->color);
  set_style ("light");
  gtk_window_set_child (GTK_WINDOW (window), label);
  sw_tech_style_apply (window, dataset);
  sw_tech_style_add_class (label, 0, "sw-tech-text");
  sw_test_present_and_wait (GTK_WINDOW (window));

  for (guint dark = 0; dark <= 1; dark++)
    {
      set_style (dark ? "dark" : "light");
      gtk_test_widget_wait_for_draw (window);
      sw_tech_style_text_color (&original, dark, &expected);
      gtk_style_context_get_color (gtk_widget_get_style_context (label), &shown);
      g_assert_cmpfloat_with_epsilon (shown.red, expected.red, 1.0 / 255);
      g_assert_cmpfloat_with_epsilon (shown.green, expected.green, 1.0 / 255);
      g_assert_cmpfloat_with_epsilon (shown.blue, expected.blue, 1.0 / 255);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  set_style ("follow");
}

int
main (int   argc,
      char *argv[])
{
  if (!sw_test_init_display (&argc, &argv))
    return 0;

  app = sw_test_application_new ();

  g_test_add_func ("/stackwise/style/contrast-formula", test_contrast_formula);
  g_test_add_func ("/stackwise/style/style-menu", test_style_menu);
  g_test_add_func ("/stackwise/style/text-contrast", test_text_contrast);
  g_test_add_func ("/stackwise/style/follows-change", test_follows_change);

  {
    int status = g_test_run ();

    g_clear_object (&app);
    g_usleep (500 * 1000);
    sw_test_iterate ();

    return status;
  }
}
