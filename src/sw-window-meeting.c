/* sw-window-meeting.c — what a meeting does with the window: meeting files, exports, present mode, zoom
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sw-export.h"
#include "sw-meeting-file.h"
#include "sw-save.h"
#include "sw-window-private.h"

typedef void (*SwWindowContinuation) (SwWindow *self);

/* Title and unsaved work */

/* One person's weights are kept in the settings at every change; what a
 * meeting file, a team or notes hold would be lost without saving. */
static gboolean
has_unsaved_work (SwWindow *self)
{
  if (self->meeting == NULL || !sw_meeting_get_modified (self->meeting))
    return FALSE;

  return self->meeting_file_file != NULL ||
         sw_meeting_get_n_participants (self->meeting) > 0 ||
         sw_meeting_get_notes (self->meeting)[0] != '\0';
}

static char *
dup_meeting_file_name (SwWindow *self)
{
  g_autofree char *display = NULL;

  if (self->meeting_file_file == NULL)
    return NULL;

  display = sw_save_dup_display_name (self->meeting_file_file);
  if (g_str_has_suffix (display, SW_MEETING_FILE_EXTENSION) && strlen (display) > strlen (SW_MEETING_FILE_EXTENSION))
    display[strlen (display) - strlen (SW_MEETING_FILE_EXTENSION)] = '\0';

  return g_steal_pointer (&display);
}

void
sw_window_update_title (SwWindow *self)
{
  g_autofree char *name = dup_meeting_file_name (self);
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;
  gboolean unsaved = has_unsaved_work (self);

  if (name == NULL)
    name = g_strdup (_("Stackwise"));

  /* Translators: the title of a meeting with unsaved changes, "• meeting" */
  title = unsaved ? g_strdup_printf (_("• %s"), name) : g_strdup (name);
  adw_window_title_set_title (self->window_title, title);

  /* The window list names the app first. */
  if (self->meeting_file_file != NULL)
    /* Translators: the window's title with a meeting file open, "Stackwise — meeting" */
    window_title = g_strdup_printf (_("Stackwise — %s"), title);
  else
    window_title = g_strdup (_("Stackwise"));
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

/* Meeting files */

GFile *
sw_window_get_meeting_file_file (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  return self->meeting_file_file;
}

void
sw_window_set_meeting_file_file (SwWindow *self,
                             GFile    *file)
{
  g_set_object (&self->meeting_file_file, file);
  sw_recovery_set_origin (self->recovery, file);
  sw_window_update_title (self);
}

void
sw_window_new_meeting (SwWindow *self)
{
  g_autoptr(SwMeeting) empty = NULL;

  g_return_if_fail (SW_IS_WINDOW (self));

  empty = sw_meeting_new (self->dataset);
  sw_window_stop_collecting (self);
  sw_meeting_replace (self->meeting, empty);
  sw_window_set_meeting_file_file (self, NULL);
}

gboolean
sw_window_load_meeting_file_file (SwWindow  *self,
                              GFile     *file,
                              GError   **error)
{
  g_autoptr(SwMeeting) meeting = NULL;

  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Nothing changes unless the whole file is good. */
  meeting = sw_meeting_file_read_file (file, self->dataset, NULL, error);
  if (meeting == NULL)
    return FALSE;

  sw_window_stop_collecting (self);
  sw_meeting_replace (self->meeting, meeting);
  sw_window_set_meeting_file_file (self, file);

  return TRUE;
}

gboolean
sw_window_save_meeting_file (SwWindow  *self,
                              GFile     *file,
                              GError   **error)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* The meeting keeps its creation time through Save As. */
  if (!sw_meeting_file_save_to_file (self->meeting, file, NULL, error))
    return FALSE;

  sw_window_set_meeting_file_file (self, file);

  return TRUE;
}

void
sw_window_open_meeting (SwWindow *self,
                         GFile    *file)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (SW_IS_WINDOW (self));

  if (!sw_window_load_meeting_file_file (self, file, &error))
    sw_window_show_error (self, _("Could Not Open Meeting"), error->message);
}

/* File choosers: native, so that they go through the portal in the sandbox. */

static GtkFileFilter *
meeting_file_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Stackwise meetings"));
  gtk_file_filter_add_suffix (filter, "stackwise");
  gtk_file_filter_add_mime_type (filter, SW_MEETING_FILE_MIME_TYPE);

  return filter;
}

static GtkFileChooserNative *
new_chooser (SwWindow             *self,
             const char           *title,
             GtkFileChooserAction  action,
             const char           *accept,
             GtkFileFilter        *filter,
             const char           *suggested_name)
{
  GtkFileChooserNative *chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept,
                                                               _("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (filter != NULL)
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  if (self->meeting_file_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->meeting_file_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  return chooser;
}

/* The chosen file, with `extension` added when the name has none. */
static GFile *
chosen_file (GtkNativeDialog *chooser,
             const char      *extension)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_autofree char *basename = NULL;

  if (file == NULL || extension == NULL)
    return g_steal_pointer (&file);

  basename = g_file_get_basename (file);
  if (basename != NULL && strchr (basename, '.') == NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (file);
      g_autofree char *named = g_strconcat (basename, extension, NULL);

      if (parent != NULL)
        return g_file_get_child (parent, named);
    }

  return g_steal_pointer (&file);
}

static void save_as (SwWindow             *self,
                     SwWindowContinuation  then);

/* Saves to the open file, or asks for one; `then` runs once saved. */
static void
save (SwWindow             *self,
      SwWindowContinuation  then)
{
  g_autoptr(GError) error = NULL;

  if (self->meeting_file_file == NULL)
    {
      save_as (self, then);
      return;
    }

  if (!sw_window_save_meeting_file (self, self->meeting_file_file, &error))
    {
      sw_window_show_error (self, _("Could Not Save"), error->message);
      return;
    }

  if (then != NULL)
    then (self);
}

static void
save_as_response (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  SwWindow *self = user_data;
  SwWindowContinuation then = g_object_get_data (G_OBJECT (chooser), "sw-then");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = chosen_file (chooser, SW_MEETING_FILE_EXTENSION);
      g_autoptr(GError) error = NULL;

      if (file != NULL && !sw_window_save_meeting_file (self, file, &error))
        sw_window_show_error (self, _("Could Not Save"), error->message);
      else if (file != NULL && then != NULL)
        then (self);
    }

  g_object_unref (chooser);
}

static void
save_as (SwWindow             *self,
         SwWindowContinuation  then)
{
  g_autofree char *name = dup_meeting_file_name (self);
  g_autofree char *suggested = NULL;
  GtkFileChooserNative *chooser;

  /* Translators: the file name a new meeting file is offered under */
  suggested = g_strconcat (name != NULL ? name : _("meeting"), SW_MEETING_FILE_EXTENSION, NULL);
  chooser = new_chooser (self, _("Save Meeting"), GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"),
                         meeting_file_filter (), suggested);
  g_object_set_data (G_OBJECT (chooser), "sw-then", then);
  g_signal_connect_object (chooser, "response", G_CALLBACK (save_as_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  SwWindow             *self;
  SwWindowContinuation  then;
  gboolean              save_first;
} Pending;

static gboolean
run_pending (gpointer data)
{
  Pending *pending = data;

  if (pending->save_first)
    save (pending->self, pending->then);
  else
    pending->then (pending->self);

  g_object_unref (pending->self);
  g_free (pending);

  return G_SOURCE_REMOVE;
}

/* Asks before unsaved work would be lost: Save, Discard or Cancel. What follows
 * runs once the dialog is gone: closing the window from inside the dialog's
 * response would pull its parent away while it still closes itself. */
static void
confirm_response (AdwMessageDialog *dialog,
                  const char       *response,
                  gpointer          user_data)
{
  Pending *pending;

  if (!g_str_equal (response, "save") && !g_str_equal (response, "discard"))
    return;

  pending = g_new0 (Pending, 1);
  pending->self = g_object_ref (SW_WINDOW (user_data));
  pending->then = g_object_get_data (G_OBJECT (dialog), "sw-then");
  pending->save_first = g_str_equal (response, "save");
  g_idle_add (run_pending, pending);
}

static void
confirm_then (SwWindow             *self,
              SwWindowContinuation  then)
{
  g_autofree char *name = dup_meeting_file_name (self);
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (!has_unsaved_work (self))
    {
      then (self);
      return;
    }

  if (name != NULL)
    /* Translators: "Save Changes to “meeting”?" */
    heading = g_strdup_printf (_("Save Changes to “%s”?"), name);
  else
    heading = g_strdup (_("Save the Meeting?"));

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("The participants, their weights and the notes are not saved yet. "
                                     "Without saving, these changes are lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "sw-then", then);
  g_signal_connect_object (dialog, "response", G_CALLBACK (confirm_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
close_now (SwWindow *self)
{
  self->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
sw_window_close_request (GtkWindow *window)
{
  SwWindow *self = SW_WINDOW (window);
  GtkWindowClass *parent_class = g_type_class_peek (ADW_TYPE_APPLICATION_WINDOW);

  if (!self->close_confirmed && has_unsaved_work (self))
    {
      confirm_then (self, close_now);
      return TRUE;
    }

  /* A clean quit: nothing is left to recover. */
  sw_recovery_discard (self->recovery);
  return parent_class->close_request (window);
}

static void
new_meeting_now (SwWindow *self)
{
  sw_window_new_meeting (self);
}

static void
new_meeting_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  confirm_then (SW_WINDOW (widget), new_meeting_now);
}

static void
open_now (SwWindow *self)
{
  GtkFileChooserNative *chooser = new_chooser (self, _("Open Meeting"), GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"), meeting_file_filter (), NULL);

  sw_window_choose_file (self, chooser, sw_window_open_meeting);
}

static void
open_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  confirm_then (SW_WINDOW (widget), open_now);
}

static void
open_pending_now (SwWindow *self)
{
  g_autoptr(GFile) file = g_steal_pointer (&self->pending_open);

  if (file != NULL)
    sw_window_open_meeting (self, file);
}

void
sw_window_request_open_meeting (SwWindow *self,
                                 GFile    *file)
{
  g_return_if_fail (SW_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->pending_open, file);
  confirm_then (self, open_pending_now);
}

static void
save_meeting_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  save (SW_WINDOW (widget), NULL);
}

static void
save_meeting_as_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  save_as (SW_WINDOW (widget), NULL);
}

/* Exports: sw-export makes them from what the window shows. */

static SwExportSource
export_source (SwWindow *self)
{
  /* What is exported is complete: no robustness left waiting for a slider. */
  sw_window_settle_robustness (self);

  return (SwExportSource) {
    .meeting = self->meeting,
    .verdict = self->verdict,
    .team = self->team,
    .show_team = gtk_widget_get_visible (GTK_WIDGET (self->recommendation_pane)),
    .pane = GTK_WIDGET (self->recommendation_pane),
  };
}

static gboolean
export_file (SwWindow        *self,
             SwExportFormat   format,
             GFile           *file,
             GError         **error)
{
  SwExportSource source;

  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  source = export_source (self);
  return sw_export_to_file (format, &source, file, error);
}

gboolean
sw_window_export_record_file (SwWindow  *self,
                              GFile     *file,
                              GError   **error)
{
  return export_file (self, SW_EXPORT_RECORD, file, error);
}

gboolean
sw_window_export_pdf_file (SwWindow  *self,
                           GFile     *file,
                           GError   **error)
{
  return export_file (self, SW_EXPORT_PDF, file, error);
}

gboolean
sw_window_export_png_file (SwWindow  *self,
                           GFile     *file,
                           GError   **error)
{
  return export_file (self, SW_EXPORT_IMAGE, file, error);
}

char *
sw_window_dup_summary (SwWindow *self)
{
  SwExportSource source;

  g_return_val_if_fail (SW_IS_WINDOW (self), NULL);

  source = export_source (self);
  return sw_export_dup_summary (&source);
}

void
sw_window_copy_summary (SwWindow *self)
{
  SwExportSource source;

  g_return_if_fail (SW_IS_WINDOW (self));

  source = export_source (self);
  sw_export_copy_summary (&source, gtk_widget_get_clipboard (GTK_WIDGET (self)));
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (_("Summary copied")));
}

static void
export_response (GtkNativeDialog *chooser,
                 int              response,
                 gpointer         user_data)
{
  SwWindow *self = user_data;
  SwExportFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "sw-format"));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = NULL;
      g_autoptr(GError) error = NULL;
      SwExportInfo info;

      sw_export_get_info (format, &info);
      file = chosen_file (chooser, info.extension);

      if (file != NULL && !export_file (self, format, file, &error))
        sw_window_show_error (self, _("Could Not Export"), error->message);
      else if (file != NULL)
        {
          g_autofree char *name = sw_save_dup_display_name (file);
          /* Translators: a toast, "Saved decision.md" */
          g_autofree char *message = g_strdup_printf (_("Saved %s"), name);

          adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
        }
    }

  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SwWindow *self = SW_WINDOW (widget);
  SwExportFormat format = g_str_equal (action_name, "win.export-record") ? SW_EXPORT_RECORD
                          : g_str_equal (action_name, "win.export-pdf") ? SW_EXPORT_PDF
                          : SW_EXPORT_IMAGE;
  SwExportInfo info;
  g_autofree char *name = dup_meeting_file_name (self);
  g_autofree char *suggested = NULL;
  GtkFileFilter *filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  sw_export_get_info (format, &info);
  gtk_file_filter_set_name (filter, info.filter_name);
  gtk_file_filter_add_suffix (filter, info.extension + 1);
  gtk_file_filter_add_mime_type (filter, info.mime_type);

  suggested = g_strconcat (name != NULL ? name : info.file_stem, info.extension, NULL);
  chooser = new_chooser (self, info.title, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), filter, suggested);
  g_object_set_data (G_OBJECT (chooser), "sw-format", GINT_TO_POINTER (format));
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
copy_summary_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  sw_window_copy_summary (SW_WINDOW (widget));
}

void
sw_window_update_export_actions (SwWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-record",
                                 sw_export_is_available (SW_EXPORT_RECORD, self->meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-pdf",
                                 sw_export_is_available (SW_EXPORT_PDF, self->meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-png",
                                 sw_export_is_available (SW_EXPORT_IMAGE, self->meeting));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-summary", TRUE);
}

/* Present mode and zoom: SwZoom scales the window; the window arranges itself. */

double
sw_window_get_scale (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), 1.0);

  return self->zoom != NULL ? sw_zoom_get_scale (self->zoom) : 1.0;
}

static void
scale_changed (SwWindow *self)
{
  sw_recommendation_pane_set_scale (self->recommendation_pane, sw_zoom_get_scale (self->zoom));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-in", sw_zoom_can_step (self->zoom, 1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-out", sw_zoom_can_step (self->zoom, -1));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.zoom-reset", sw_zoom_can_step (self->zoom, 0));
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  sw_zoom_step (SW_WINDOW (widget)->zoom, 1);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  sw_zoom_step (SW_WINDOW (widget)->zoom, -1);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sw_zoom_step (SW_WINDOW (widget)->zoom, 0);
}

gboolean
sw_window_get_presenting (SwWindow *self)
{
  g_return_val_if_fail (SW_IS_WINDOW (self), FALSE);

  /* The "presenting" property is read before the window has its zoom, and after. */
  return self->zoom != NULL && sw_zoom_get_presenting (self->zoom);
}

/* Full screen, the pages' list folded away, everything larger. */
void
sw_window_set_presenting (SwWindow *self,
                          gboolean  presenting)
{
  g_return_if_fail (SW_IS_WINDOW (self));

  presenting = !!presenting;
  if (self->zoom == NULL || sw_zoom_get_presenting (self->zoom) == presenting)
    return;

  sw_zoom_set_presenting (self->zoom, presenting);
  if (presenting)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "present");
      self->reveal_before_present = adw_flap_get_reveal_flap (self->flap);
      adw_flap_set_reveal_flap (self->flap, FALSE);
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "present");
      /* The layout as it was: the pages' list comes back if it was there. */
      adw_flap_set_reveal_flap (self->flap, self->reveal_before_present);
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-present", presenting);

  g_object_notify (G_OBJECT (self), "presenting");
}

static void
leave_present_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  sw_window_set_presenting (SW_WINDOW (widget), FALSE);
}

/* Leaving full screen another way (the window manager's key) leaves present mode. */
static void
fullscreened_changed (SwWindow *self)
{
  if (sw_window_get_presenting (self) && !gtk_window_is_fullscreen (GTK_WINDOW (self)) &&
      gtk_widget_get_mapped (GTK_WIDGET (self)) && self->fullscreen_seen)
    sw_window_set_presenting (self, FALSE);
  self->fullscreen_seen = gtk_window_is_fullscreen (GTK_WINDOW (self));
}

/* The window's size decides how much larger present mode draws. */
static void
sw_window_size_allocate (GtkWidget *widget,
                         int        width,
                         int        height,
                         int        baseline)
{
  GtkWidgetClass *parent_class = g_type_class_peek (ADW_TYPE_APPLICATION_WINDOW);

  parent_class->size_allocate (widget, width, height, baseline);
  if (SW_WINDOW (widget)->zoom != NULL)
    sw_zoom_set_width (SW_WINDOW (widget)->zoom, width);
}

/* Setup */

void
sw_window_class_init_meeting (GtkWidgetClass *widget_class)
{
  GTK_WINDOW_CLASS (widget_class)->close_request = sw_window_close_request;
  widget_class->size_allocate = sw_window_size_allocate;

  gtk_widget_class_install_action (widget_class, "win.new-meeting", NULL, new_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.open-meeting", NULL, open_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.save-meeting", NULL, save_meeting_action);
  gtk_widget_class_install_action (widget_class, "win.save-meeting-as", NULL, save_meeting_as_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.open-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "win.save-meeting", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.save-meeting-as", NULL);

  gtk_widget_class_install_action (widget_class, "win.export-record", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-pdf", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-png", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.copy-summary", NULL, copy_summary_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_c, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.copy-summary", NULL);

  gtk_widget_class_install_property_action (widget_class, "win.present", "presenting");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F11, 0, "win.present", NULL);
  gtk_widget_class_install_action (widget_class, "win.leave-present", NULL, leave_present_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-present", NULL);

  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "win.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "win.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "win.zoom-reset", NULL);
}

void
sw_window_init_meeting (SwWindow *self)
{
  self->zoom = sw_zoom_new (GTK_WIDGET (self), self->settings);
  g_signal_connect_object (self->zoom, "notify::scale", G_CALLBACK (scale_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self, "notify::fullscreened", G_CALLBACK (fullscreened_changed), self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.leave-present", FALSE);
  scale_changed (self);
}

void
sw_window_dispose_meeting (SwWindow *self)
{
  g_clear_object (&self->zoom);
  g_clear_object (&self->recovery);
  g_clear_object (&self->meeting_file_file);
  g_clear_object (&self->pending_open);
}
