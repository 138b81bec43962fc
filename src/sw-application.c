/* sw-application.c — the Stackwise application: command line, app-wide actions, windows
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "sw-application.h"
#include "sw-cli.h"
#include "sw-meeting-file.h"
#include "sw-ui-resources.h"
#include "sw-window.h"

struct _SwApplication
{
  AdwApplication parent_instance;

  GSettings     *settings;
};

G_DEFINE_FINAL_TYPE (SwApplication, sw_application, ADW_TYPE_APPLICATION)

SwApplication *
sw_application_new (void)
{
  return g_object_new (SW_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/* The window the application's verbs act on: the active one, or else a new
 * one, shown at once (then `created` says so). */
static SwWindow *
sw_application_ensure_window (SwApplication *self,
                              gboolean      *created)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (created != NULL)
    *created = !SW_IS_WINDOW (window);
  if (SW_IS_WINDOW (window))
    return SW_WINDOW (window);

  window = GTK_WINDOW (sw_window_new (self));
  gtk_window_present (window);

  return SW_WINDOW (window);
}

static void
sw_application_activate (GApplication *app)
{
  gboolean created;
  SwWindow *window = sw_application_ensure_window (SW_APPLICATION (app), &created);

  if (!created)
    gtk_window_present (GTK_WINDOW (window));
  else
    /* A meeting left behind by a crash, a killed process or a power cut. */
    sw_window_offer_recovery (window);
}

/* `stackwise --dataset PATH`: a bad file is refused before any window
 * opens (one line, exit status 2); a good one opens in the window through
 * app.open-dataset, which also reaches an instance that is already running. */
static void
sw_application_open_dataset_from_command_line (GApplication *app,
                                               const char   *path,
                                               int          *exit_status)
{
  g_autoptr(SwDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *absolute = NULL;

  dataset = sw_dataset_new_from_path (path, &error);
  if (dataset == NULL)
    {
      g_printerr ("stackwise: %s\n", error->message);
      *exit_status = 2;
      return;
    }

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("stackwise: %s\n", error->message);
      *exit_status = 1;
      return;
    }

  /* An absolute path, since a running instance has its own working directory. */
  absolute = g_canonicalize_filename (path, NULL);
  g_application_activate (app);
  g_action_group_activate_action (G_ACTION_GROUP (app), "open-dataset",
                                  g_variant_new_string (absolute));

  /* g_application_run() keeps running while the window is open. */
  *exit_status = 0;
}

/* `stackwise [--dataset PATH] [--meeting FILE] [--present]`: the files are
 * checked first (a bad one is one line and exit status 2, before any window),
 * then the window opens them through app actions, in a running instance too. */
static void
sw_application_open_meeting_from_command_line (GApplication *app,
                                               SwCliOptions *options,
                                               int          *exit_status)
{
  g_autoptr(SwDataset) dataset = NULL;
  g_autoptr(GError) error = NULL;

  dataset = options->dataset != NULL ? sw_dataset_new_from_path (options->dataset, &error)
                                     : sw_dataset_get_default ();
  if (dataset != NULL && options->meeting_file != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->meeting_file);
      g_autoptr(SwMeeting) meeting = sw_meeting_file_read_file (file, dataset, NULL, &error);

      if (meeting == NULL)
        g_clear_object (&dataset);
    }
  if (dataset == NULL)
    {
      g_printerr ("stackwise: %s\n", error->message);
      *exit_status = 2;
      return;
    }

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("stackwise: %s\n", error->message);
      *exit_status = 1;
      return;
    }

  g_application_activate (app);
  /* Absolute paths, since a running instance has its own working directory. */
  if (options->dataset != NULL)
    {
      g_autofree char *absolute = g_canonicalize_filename (options->dataset, NULL);
      g_action_group_activate_action (G_ACTION_GROUP (app), "open-dataset", g_variant_new_string (absolute));
    }
  if (options->meeting_file != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (options->meeting_file);
      g_autofree char *absolute = g_file_get_path (file);
      g_action_group_activate_action (G_ACTION_GROUP (app), "open-meeting", g_variant_new_string (absolute));
    }
  if (options->present)
    g_action_group_activate_action (G_ACTION_GROUP (app), "present", NULL);

  *exit_status = 0;
}

/* Without its schema, GSettings aborts the process: say what is missing instead. */
static gboolean
sw_application_check_settings_schema (int *exit_status)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APPLICATION_ID, TRUE);

  if (schema == NULL)
    {
      g_printerr (_("stackwise: the settings schema “%s” is not installed; install Stackwise "
                    "(meson install) or set GSETTINGS_SCHEMA_DIR to the folder of its compiled schema\n"),
                  APPLICATION_ID);
      *exit_status = 1;
      return FALSE;
    }

  return TRUE;
}

/* Options are parsed here, before any display is opened, so that the
 * commands that need no window work on a machine without one, and so that
 * a wrong option is one line and exit status 2. */
static gboolean
sw_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  g_auto(SwCliOptions) options = { 0 };
  g_autoptr(GError) error = NULL;

  /* D-Bus activation (the desktop file is DBusActivatable) starts us with
   * GApplication's own --gapplication-service: leave it to GApplication. */
  if (g_strv_contains ((const char * const *)*arguments, "--gapplication-service"))
    {
      if (!sw_application_check_settings_schema (exit_status))
        return TRUE;
      return G_APPLICATION_CLASS (sw_application_parent_class)->local_command_line (app, arguments, exit_status);
    }

  if (!sw_cli_parse (&options, arguments, &error))
    {
      g_printerr ("stackwise: %s\n", error->message);
      *exit_status = 2;
      return TRUE;
    }

  if (sw_cli_run (&options, exit_status))
    return TRUE;

  /* Everything below opens a window, which needs the settings schema. */
  if (!sw_application_check_settings_schema (exit_status))
    return TRUE;

  if (options.meeting_file != NULL || options.present)
    {
      sw_application_open_meeting_from_command_line (app, &options, exit_status);
      return TRUE;
    }

  if (options.dataset != NULL)
    {
      sw_application_open_dataset_from_command_line (app, options.dataset, exit_status);
      return TRUE;
    }

  return G_APPLICATION_CLASS (sw_application_parent_class)->local_command_line (app, arguments, exit_status);
}

static void
sw_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SwApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing the windows (rather than g_application_quit) lets each one
   * save its state through its close-request handler. */
  for (GList *l = g_list_copy (windows); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_close (GTK_WINDOW (l->data));
}

static void
sw_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  SwApplication *self = user_data;
  static const char *developers[] = { "The Stackwise authors", NULL };
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Stackwise"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("The Stackwise authors"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "comments", _("Choose a backend technology together: read the comparison, "
                                      "set your team’s priorities and watch the recommendation follow."),
                        "website", "https://github.com/stackwise/stackwise",
                        "issue-url", "https://github.com/stackwise/stackwise/issues",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Stackwise authors",
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
sw_application_open_dataset_action (GSimpleAction *action,
                                    GVariant      *parameter,
                                    gpointer       user_data)
{
  SwApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  SwWindow *window = sw_application_ensure_window (self, NULL);

  sw_window_open_dataset (window, file);
}

static void
sw_application_open_meeting_action (GSimpleAction *action,
                                     GVariant      *parameter,
                                     gpointer       user_data)
{
  SwApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  SwWindow *window = sw_application_ensure_window (self, NULL);

  /* Asks first when the window holds unsaved work. */
  sw_window_request_open_meeting (window, file);
}

static void
sw_application_present_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  SwApplication *self = user_data;
  SwWindow *window = sw_application_ensure_window (self, NULL);

  sw_window_set_presenting (window, TRUE);
}

static const GActionEntry app_actions[] = {
  { "open-dataset", sw_application_open_dataset_action, "s" },
  { "open-meeting", sw_application_open_meeting_action, "s" },
  { "present", sw_application_present_action },
  { "quit", sw_application_quit_action },
  { "about", sw_application_about_action },
};

/* The main menu's Style: follow the system, or always light, or always dark. */
static void
sw_application_apply_color_scheme (SwApplication *self)
{
  g_autofree char *style = g_settings_get_string (self->settings, "color-scheme");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (style, "light") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (style, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
sw_application_startup (GApplication *app)
{
  SwApplication *self = SW_APPLICATION (app);
  g_autoptr(GAction) color_scheme = NULL;
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  /* The resource lives in a static library: referencing it here keeps it linked. */
  g_resources_register (sw_ui_get_resource ());

  G_APPLICATION_CLASS (sw_application_parent_class)->startup (app);

  /* X11 window managers and the alt-tab switchers that read the window's
   * own icon show the installed app icon, the same one as the .desktop file. */
  gtk_window_set_default_icon_name (APPLICATION_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);

  self->settings = g_settings_new (APPLICATION_ID);
  color_scheme = g_settings_create_action (self->settings, "color-scheme");
  g_action_map_add_action (G_ACTION_MAP (app), color_scheme);
  g_signal_connect_swapped (self->settings, "changed::color-scheme",
                            G_CALLBACK (sw_application_apply_color_scheme), self);
  sw_application_apply_color_scheme (self);
  gtk_application_set_accels_for_action (gtk_app, "app.quit", quit_accels);
  gtk_application_set_accels_for_action (gtk_app, "window.close", close_accels);
  /* GtkApplication would set this itself for a gtk/help-overlay.ui, which
   * it builds for every window at start: the window builds ours on demand. */
  gtk_application_set_accels_for_action (gtk_app, "win.show-help-overlay", help_accels);
}

static void
sw_application_dispose (GObject *object)
{
  SwApplication *self = SW_APPLICATION (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sw_application_parent_class)->dispose (object);
}

static void
sw_application_class_init (SwApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sw_application_dispose;
  app_class->activate = sw_application_activate;
  app_class->startup = sw_application_startup;
  app_class->local_command_line = sw_application_local_command_line;
}

static void
sw_application_init (SwApplication *self)
{
}
