/* sw-window.c — the main window: pages beside the recommendation pane
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-window.h"

struct _SwWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;
  SwDataset            *dataset;

  /* Template widgets */
  AdwHeaderBar         *header_bar;
  AdwWindowTitle       *window_title;
  GtkMenuButton        *primary_menu_button;
  AdwToastOverlay      *toast_overlay;
  AdwFlap              *flap;
  GtkWidget            *sidebar;
  GtkStackSidebar      *page_sidebar;
  GtkWidget            *content_box;
  GtkStack             *page_stack;
};

G_DEFINE_FINAL_TYPE (SwWindow, sw_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DATASET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

SwWindow *
sw_window_new (SwApplication *application)
{
  g_return_val_if_fail (SW_IS_APPLICATION (application), NULL);

  return g_object_new (SW_TYPE_WINDOW,
                       "application", application,
                       NULL);
}

SwDataset *
sw_window_get_dataset (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return self->dataset;
}

void
sw_window_set_dataset (SwWindow  *self,
                       SwDataset *dataset)
{
  g_autofree char *subtitle = NULL;

  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (SW_IS_DATASET (dataset));

  if (!g_set_object (&self->dataset, dataset))
    return;

  /* Translators: the window subtitle, "<dataset title> · <file name or built-in>" */
  subtitle = g_strdup_printf (_("%s · %s"),
                              sw_dataset_get_title (dataset),
                              sw_dataset_get_origin (dataset));
  adw_window_title_set_subtitle (self->window_title, subtitle);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);
}

static void
sw_window_dispose (GObject *object)
{
  SwWindow *self = (SwWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), SW_TYPE_WINDOW);

  g_clear_object (&self->dataset);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sw_window_parent_class)->dispose (object);
}

static void
sw_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SwWindow *self = SW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  SwWindow *self = SW_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      sw_window_set_dataset (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_window_class_init (SwWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sw_window_dispose;
  object_class->get_property = sw_window_get_property;
  object_class->set_property = sw_window_set_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL,
                         SW_TYPE_DATASET,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/sw-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SwWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, page_sidebar);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, content_box);
  gtk_widget_class_bind_template_child (widget_class, SwWindow, page_stack);
}

static void
sw_window_init (SwWindow *self)
{
  g_autoptr(SwDataset) dataset = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  dataset = sw_dataset_get_default ();
  sw_window_set_dataset (self, dataset);
}
