/* sw-tech-style.c — CSS classes carrying each technology's color, built from the dataset
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "sw-tech-style.h"

#define SCOPE_CLASS_KEY "sw-tech-style-scope"
#define PROVIDER_KEY "sw-tech-style-provider"

typedef struct
{
  GtkCssProvider *provider;
  GdkDisplay     *display;
} ScopedProvider;

static void
scoped_provider_free (gpointer data)
{
  ScopedProvider *scoped = data;

  gtk_style_context_remove_provider_for_display (scoped->display,
                                                 GTK_STYLE_PROVIDER (scoped->provider));
  g_object_unref (scoped->provider);
  g_object_unref (scoped->display);
  g_free (scoped);
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

void
sw_tech_style_apply (GtkWidget *scope,
                     SwDataset *dataset)
{
  g_autoptr(GString) css = g_string_new (NULL);
  ScopedProvider *scoped;
  const char *scope_class;

  g_return_if_fail (GTK_IS_WIDGET (scope));
  g_return_if_fail (SW_IS_DATASET (dataset));

  scope_class = ensure_scope_class (scope);

  for (guint i = 0; i < sw_dataset_get_n_technologies (dataset); i++)
    {
      const SwTechnology *tech = sw_dataset_get_technology (dataset, i);
      GdkRGBA color;

      /* The loader checked the #rrggbb form; re-checking keeps bad CSS out. */
      if (!gdk_rgba_parse (&color, tech->color))
        continue;

      g_string_append_printf (css,
                              ".%1$s .tech-%2$u.sw-tech-swatch { background-color: %3$s; }\n"
                              ".%1$s .tech-%2$u.sw-tech-tint { background-color: alpha(%3$s, 0.14); }\n"
                              ".%1$s .tech-%2$u.sw-tech-edge { border-color: %3$s; }\n"
                              ".%1$s .tech-%2$u.sw-tech-text { color: %3$s; }\n"
                              ".%1$s levelbar.tech-%2$u.sw-tech-bar > trough > block.filled"
                              " { background-color: %3$s; }\n",
                              scope_class, i, tech->color);
    }

  scoped = g_new0 (ScopedProvider, 1);
  scoped->provider = gtk_css_provider_new ();
  scoped->display = g_object_ref (gtk_widget_get_display (scope));
  gtk_css_provider_load_from_data (scoped->provider, css->str, -1);
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
