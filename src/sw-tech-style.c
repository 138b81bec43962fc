/* sw-tech-style.c — CSS classes carrying each technology's color, built from the dataset
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "sw-tech-style.h"

#define SCOPE_CLASS_KEY "sw-tech-style-scope"
#define PROVIDER_KEY "sw-tech-style-provider"

typedef struct
{
  GtkCssProvider *provider;
  GdkDisplay     *display;
  char           *scope_class;
  SwDataset      *dataset;
  AdwStyleManager *style_manager;
  gulong          dark_handler;
} ScopedProvider;

static void
scoped_provider_free (gpointer data)
{
  ScopedProvider *scoped = data;

  g_clear_signal_handler (&scoped->dark_handler, scoped->style_manager);
  gtk_style_context_remove_provider_for_display (scoped->display,
                                                 GTK_STYLE_PROVIDER (scoped->provider));
  g_object_unref (scoped->provider);
  g_object_unref (scoped->display);
  g_object_unref (scoped->dataset);
  g_free (scoped->scope_class);
  g_free (scoped);
}

/* libadwaita 1.2's backgrounds under text, opaque (a card is white at 8%
 * over the window in the dark style): window, view, card, header bar and
 * sidebar. test-tech-style checks them against the style sheet's own. */
static const char *const light_backgrounds[] = { "#fafafa", "#ffffff", "#ebebeb" };
static const char *const dark_backgrounds[] = { "#242424", "#1e1e1e", "#363636", "#303030" };

static double
channel_luminance (double c)
{
  return c <= 0.03928 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const GdkRGBA *c)
{
  return 0.2126 * channel_luminance (c->red) +
         0.7152 * channel_luminance (c->green) +
         0.0722 * channel_luminance (c->blue);
}

double
sw_tech_style_contrast (const GdkRGBA *a,
                        const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

static double
worst_contrast (const GdkRGBA *color,
                gboolean       dark)
{
  const char *const *backgrounds = dark ? dark_backgrounds : light_backgrounds;
  guint n = dark ? G_N_ELEMENTS (dark_backgrounds) : G_N_ELEMENTS (light_backgrounds);
  double worst = 21.0;

  for (guint i = 0; i < n; i++)
    {
      GdkRGBA background;

      gdk_rgba_parse (&background, backgrounds[i]);
      worst = MIN (worst, sw_tech_style_contrast (color, &background));
    }

  return worst;
}

void
sw_tech_style_text_color (const GdkRGBA *color,
                          gboolean       dark,
                          GdkRGBA       *out)
{
  double target = dark ? 1.0 : 0.0;

  g_return_if_fail (color != NULL && out != NULL);

  /* Toward black (light style) or white (dark), 1% at a time: the hue stays,
   * and the first shade that reads is the one closest to the dataset's. */
  for (guint step = 0; step <= 100; step++)
    {
      double t = step / 100.0;

      out->red = color->red + (target - color->red) * t;
      out->green = color->green + (target - color->green) * t;
      out->blue = color->blue + (target - color->blue) * t;
      out->alpha = 1.0;
      if (worst_contrast (out, dark) >= SW_TECH_STYLE_MIN_CONTRAST)
        return;
    }
}

static const char *
ensure_scope_class (GtkWidget *scope)
{
  static guint next_serial = 1;
  const char *scope_class = g_object_get_data (G_OBJECT (scope), SCOPE_CLASS_KEY);

  if (scope_class == NULL)
    {
      char *name = g_strdup_printf ("sw-tech-scope-%u", next_serial++);

      g_object_set_data_full (G_OBJECT (scope), SCOPE_CLASS_KEY, name, g_free);
      gtk_widget_add_css_class (scope, name);
      scope_class = name;
    }

  return scope_class;
}

static void
load_css (ScopedProvider *scoped)
{
  g_autoptr(GString) css = g_string_new (NULL);
  gboolean dark = adw_style_manager_get_dark (scoped->style_manager);

  for (guint i = 0; i < sw_dataset_get_n_technologies (scoped->dataset); i++)
    {
      const SwTechnology *tech = sw_dataset_get_technology (scoped->dataset, i);
      g_autofree char *text = NULL;
      GdkRGBA color, text_color;

      /* The loader checked the #rrggbb form; re-checking keeps bad CSS out. */
      if (!gdk_rgba_parse (&color, tech->color))
        continue;

      sw_tech_style_text_color (&color, dark, &text_color);
      text = gdk_rgba_to_string (&text_color);
      g_string_append_printf (css,
                              ".%1$s .tech-%2$u.sw-tech-swatch { background-color: %3$s; }\n"
                              ".%1$s .tech-%2$u.sw-tech-tint { background-color: alpha(%3$s, 0.14); }\n"
                              ".%1$s .tech-%2$u.sw-tech-edge { border-color: %3$s; }\n"
                              ".%1$s .tech-%2$u.sw-tech-text { color: %4$s; }\n"
                              ".%1$s levelbar.tech-%2$u.sw-tech-bar > trough > block.filled"
                              " { background-color: %3$s; }\n",
                              scoped->scope_class, i, tech->color, text);
    }

  gtk_css_provider_load_from_data (scoped->provider, css->str, -1);
}

void
sw_tech_style_apply (GtkWidget *scope,
                     SwDataset *dataset)
{
  ScopedProvider *scoped;

  g_return_if_fail (GTK_IS_WIDGET (scope));
  g_return_if_fail (SW_IS_DATASET (dataset));

  scoped = g_new0 (ScopedProvider, 1);
  scoped->scope_class = g_strdup (ensure_scope_class (scope));
  scoped->dataset = g_object_ref (dataset);
  scoped->provider = gtk_css_provider_new ();
  scoped->display = g_object_ref (gtk_widget_get_display (scope));
  scoped->style_manager = adw_style_manager_get_for_display (scoped->display);
  load_css (scoped);
  /* Text colors differ between the light and the dark style. */
  scoped->dark_handler = g_signal_connect_swapped (scoped->style_manager, "notify::dark",
                                                   G_CALLBACK (load_css), scoped);
  /* Above the application's style.css, so these colors win over its defaults. */
  gtk_style_context_add_provider_for_display (scoped->display,
                                              GTK_STYLE_PROVIDER (scoped->provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);

  /* Replacing the data removes the previous dataset's provider. */
  g_object_set_data_full (G_OBJECT (scope), PROVIDER_KEY, scoped, scoped_provider_free);
}

void
sw_tech_style_add_class (GtkWidget  *widget,
                         guint       technology,
                         const char *role_class)
{
  char name[32];

  g_snprintf (name, sizeof name, "tech-%u", technology);
  gtk_widget_add_css_class (widget, name);
  if (role_class != NULL)
    gtk_widget_add_css_class (widget, role_class);
}

#define TECH_CLASS_KEY "sw-tech-style-class"

void
sw_tech_style_set_class (GtkWidget  *widget,
                         int         technology,
                         const char *role_class)
{
  const char *previous = g_object_get_data (G_OBJECT (widget), TECH_CLASS_KEY);
  char name[32] = "";

  if (technology >= 0)
    g_snprintf (name, sizeof name, "tech-%d", technology);

  if (g_strcmp0 (previous, technology >= 0 ? name : NULL) == 0)
    return;

  if (previous != NULL)
    gtk_widget_remove_css_class (widget, previous);

  if (technology >= 0)
    {
      gtk_widget_add_css_class (widget, name);
      if (role_class != NULL)
        gtk_widget_add_css_class (widget, role_class);
      g_object_set_data_full (G_OBJECT (widget), TECH_CLASS_KEY, g_strdup (name), g_free);
    }
  else
    {
      if (role_class != NULL)
        gtk_widget_remove_css_class (widget, role_class);
      g_object_set_data (G_OBJECT (widget), TECH_CLASS_KEY, NULL);
    }
}
