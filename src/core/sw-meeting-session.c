/* sw-meeting-session.c — the open meeting: its file, its unsaved changes, its recovery file and the title they give
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sw-meeting-file.h"
#include "sw-meeting-session.h"
#include "sw-save.h"

struct _SwMeetingSession
{
  GObject     parent_instance;

  SwDataset  *dataset;
  SwMeeting  *meeting;
  /* The meeting's own file, NULL until opened or saved (the meeting keeps its times). */
  GFile      *file;
  /* Keeps the meeting on disk as it changes, for after a crash. */
  SwRecovery *recovery;

  gboolean    unsaved;
  char       *title;
  char       *window_title;
  char       *subtitle;
};

G_DEFINE_FINAL_TYPE (SwMeetingSession, sw_meeting_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DATASET,
  PROP_MEETING,
  PROP_FILE,
  PROP_UNSAVED,
  PROP_TITLE,
  PROP_WINDOW_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  REPLACING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

SwMeetingSession *
sw_meeting_session_new (GFile *recovery_file)
{
  g_autoptr(SwMeetingSession) self = NULL;

  g_return_val_if_fail (G_IS_FILE (recovery_file), NULL);

  self = g_object_new (SW_TYPE_MEETING_SESSION, NULL);
  self->recovery = sw_recovery_new (recovery_file);

  return g_steal_pointer (&self);
}

/* Title and unsaved work */

static gboolean
has_unsaved_work (SwMeetingSession *self)
{
  if (self->meeting == NULL || !sw_meeting_get_modified (self->meeting))
    return FALSE;

  return self->file != NULL ||
         sw_meeting_get_n_participants (self->meeting) > 0 ||
         sw_meeting_get_notes (self->meeting)[0] != '\0';
}

char *
sw_meeting_session_dup_name (SwMeetingSession *self)
{
  g_autofree char *display = NULL;

  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), NULL);

  if (self->file == NULL)
    return NULL;

  display = sw_save_dup_display_name (self->file);
  if (g_str_has_suffix (display, SW_MEETING_FILE_EXTENSION) && strlen (display) > strlen (SW_MEETING_FILE_EXTENSION))
    display[strlen (display) - strlen (SW_MEETING_FILE_EXTENSION)] = '\0';

  return g_steal_pointer (&display);
}

/* Takes `value`; notifies only when it differs. */
static void
set_string (SwMeetingSession *self,
            char            **field,
            char             *value,
            guint             prop)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }

  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
update_title (SwMeetingSession *self)
{
  g_autofree char *name = sw_meeting_session_dup_name (self);
  gboolean unsaved = has_unsaved_work (self);
  char *title;
  char *window_title;

  if (name == NULL)
    name = g_strdup (_("Stackwise"));

  /* Translators: the title of a meeting with unsaved changes, "• meeting" */
  title = unsaved ? g_strdup_printf (_("• %s"), name) : g_strdup (name);

  /* The window list names the app first. */
  if (self->file != NULL)
    /* Translators: the window's title with a meeting file open, "Stackwise — meeting" */
    window_title = g_strdup_printf (_("Stackwise — %s"), title);
  else
    window_title = g_strdup (_("Stackwise"));

  g_object_freeze_notify (G_OBJECT (self));
  if (self->unsaved != unsaved)
    {
      self->unsaved = unsaved;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
    }
  set_string (self, &self->title, title, PROP_TITLE);
  set_string (self, &self->window_title, window_title, PROP_WINDOW_TITLE);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_file (SwMeetingSession *self,
          GFile            *file)
{
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
  sw_recovery_set_origin (self->recovery, file);
  update_title (self);
}

/* The meeting and the comparison */

SwDataset *
sw_meeting_session_get_dataset (SwMeetingSession *self)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), NULL);

  return self->dataset;
}

SwMeeting *
sw_meeting_session_get_meeting (SwMeetingSession *self)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), NULL);

  return self->meeting;
}

GFile *
sw_meeting_session_get_file (SwMeetingSession *self)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), NULL);

  return self->file;
}

gboolean
sw_meeting_session_get_unsaved (SwMeetingSession *self)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), FALSE);

  return self->unsaved;
}

const char *
sw_meeting_session_get_title (SwMeetingSession *self)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), NULL);

  return self->title;
}

const char *
sw_meeting_session_get_window_title (SwMeetingSession *self)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), NULL);

  return self->window_title;
}

const char *
sw_meeting_session_get_subtitle (SwMeetingSession *self)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), NULL);

  return self->subtitle;
}

SwRecovery *
sw_meeting_session_get_recovery (SwMeetingSession *self)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), NULL);

  return self->recovery;
}

void
sw_meeting_session_set_dataset (SwMeetingSession *self,
                                SwDataset        *dataset)
{
  g_autoptr(SwMeeting) meeting = NULL;
  const char *origin;

  g_return_if_fail (SW_IS_MEETING_SESSION (self));
  g_return_if_fail (SW_IS_DATASET (dataset));

  if (self->dataset == dataset)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  /* The meeting file belongs to the other dataset: saving asks for a new name. */
  if (self->dataset != NULL && self->file != NULL &&
      g_strcmp0 (sw_dataset_get_id (self->dataset), sw_dataset_get_id (dataset)) != 0)
    {
      g_clear_object (&self->file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
    }

  g_set_object (&self->dataset, dataset);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATASET]);

  origin = sw_dataset_get_origin (dataset);
  if (g_strcmp0 (origin, SW_DATASET_ORIGIN_BUILT_IN) == 0)
    /* Translators: in the window subtitle, where a file name would be: the
     * comparison that comes with the app */
    origin = C_("dataset origin", "built-in");
  /* Translators: the window subtitle, "<dataset title> · <file name or built-in>" */
  set_string (self, &self->subtitle, g_strdup_printf (_("%s · %s"), sw_dataset_get_title (dataset), origin),
              PROP_SUBTITLE);

  /* A new dataset gets a new meeting: the weights of criteria it shares with
   * the previous one carry over. */
  meeting = sw_meeting_new_from (dataset, self->meeting);
  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_set_object (&self->meeting, meeting);
  sw_recovery_set_meeting (self->recovery, meeting);
  /* Unsaved work depends on the team and the notes too. */
  g_signal_connect_swapped (meeting, "notify::modified", G_CALLBACK (update_title), self);
  g_signal_connect_swapped (meeting, "participants-changed", G_CALLBACK (update_title), self);
  g_signal_connect_swapped (meeting, "notify::notes", G_CALLBACK (update_title), self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEETING]);

  update_title (self);
  g_object_thaw_notify (G_OBJECT (self));
}

/* New, open, save */

/* The open meeting takes `other`'s content, and `file` becomes its file. */
static void
replace (SwMeetingSession *self,
         SwMeeting        *other,
         GFile            *file)
{
  g_signal_emit (self, signals[REPLACING], 0);
  sw_meeting_replace (self->meeting, other);
  set_file (self, file);
}

void
sw_meeting_session_new_meeting (SwMeetingSession *self)
{
  g_autoptr(SwMeeting) empty = NULL;

  g_return_if_fail (SW_IS_MEETING_SESSION (self));
  g_return_if_fail (self->meeting != NULL);

  empty = sw_meeting_new (self->dataset);
  replace (self, empty, NULL);
}

gboolean
sw_meeting_session_open (SwMeetingSession  *self,
                         GFile             *file,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_autoptr(SwMeeting) meeting = NULL;

  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), FALSE);
  g_return_val_if_fail (self->meeting != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Nothing changes unless the whole file is good. */
  meeting = sw_meeting_file_read_file (file, self->dataset, cancellable, error);
  if (meeting == NULL)
    return FALSE;

  replace (self, meeting, file);
  return TRUE;
}

/* Reading happens in a thread; the bytes are checked in the main one, for
 * the dataset open when they arrive. */
static void
read_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autofree char *name = sw_save_dup_display_name (file);
  GError *error = NULL;
  GBytes *bytes = sw_meeting_file_read_file_bytes (file, name, cancellable, &error);

  if (bytes == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bytes, (GDestroyNotify) g_bytes_unref);
}

void
sw_meeting_session_open_async (SwMeetingSession    *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SW_IS_MEETING_SESSION (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_meeting_session_open_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_in_thread);
}

gboolean
sw_meeting_session_open_finish (SwMeetingSession  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SwMeeting) meeting = NULL;
  g_autofree char *name = NULL;
  GFile *file;

  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  bytes = g_task_propagate_pointer (G_TASK (result), error);
  if (bytes == NULL)
    return FALSE;

  file = g_task_get_task_data (G_TASK (result));
  name = sw_save_dup_display_name (file);
  meeting = sw_meeting_file_read_bytes (bytes, name, self->dataset, error);
  if (meeting == NULL)
    return FALSE;

  replace (self, meeting, file);
  return TRUE;
}

gboolean
sw_meeting_session_save (SwMeetingSession  *self,
                         GFile             *file,
                         GCancellable      *cancellable,
                         GError           **error)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), FALSE);
  g_return_val_if_fail (file != NULL || self->file != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (file == NULL)
    file = self->file;

  /* The meeting keeps its creation time through Save As. */
  if (!sw_meeting_file_save_to_file (self->meeting, file, cancellable, error))
    return FALSE;

  set_file (self, file);
  return TRUE;
}

static void
save_done (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SwMeetingSession *self = g_task_get_source_object (task);
  GFile *file = g_task_get_task_data (task);
  GError *error = NULL;

  if (!sw_meeting_file_save_to_file_finish (SW_MEETING (source), result, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Saved while the meeting was the open one: the file is now its own. */
  if (SW_MEETING (source) == self->meeting)
    set_file (self, file);
  g_task_return_boolean (task, TRUE);
}

void
sw_meeting_session_save_async (SwMeetingSession    *self,
                               GFile               *file,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (SW_IS_MEETING_SESSION (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  if (file == NULL)
    file = self->file;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_meeting_session_save_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  sw_meeting_file_save_to_file_async (self->meeting, file, cancellable, save_done, task);
}

gboolean
sw_meeting_session_save_finish (SwMeetingSession  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Recovery */

SwRecovered *
sw_meeting_session_read_recovery (SwMeetingSession  *self,
                                  GError           **error)
{
  GFile *file;
  SwRecovered *recovered;
  GError *read_error = NULL;

  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  file = sw_recovery_get_file (self->recovery);
  recovered = sw_recovery_read (file, self->dataset, &read_error);
  if (recovered == NULL && read_error != NULL)
    {
      /* Kept for whoever wants to look at it, but offered no more. */
      if (!sw_recovery_set_aside (file, NULL))
        g_file_delete (file, NULL, NULL);
      g_propagate_error (error, read_error);
    }

  return recovered;
}

gboolean
sw_meeting_session_restore (SwMeetingSession  *self,
                            SwRecovered       *recovered,
                            GError           **error)
{
  g_return_val_if_fail (SW_IS_MEETING_SESSION (self), FALSE);
  g_return_val_if_fail (recovered != NULL, FALSE);

  replace (self, recovered->meeting, recovered->origin);
  /* Not saved: the title says so, closing asks, and the file is kept again. */
  sw_meeting_set_modified (self->meeting, TRUE);

  return sw_recovery_flush (self->recovery, error);
}

void
sw_meeting_session_discard_recovery (SwMeetingSession *self)
{
  g_return_if_fail (SW_IS_MEETING_SESSION (self));

  sw_recovery_discard (self->recovery);
}

/* GObject */

static void
sw_meeting_session_dispose (GObject *object)
{
  SwMeetingSession *self = SW_MEETING_SESSION (object);

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_clear_object (&self->recovery);
  g_clear_object (&self->meeting);
  g_clear_object (&self->dataset);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (sw_meeting_session_parent_class)->dispose (object);
}

static void
sw_meeting_session_finalize (GObject *object)
{
  SwMeetingSession *self = SW_MEETING_SESSION (object);

  g_free (self->title);
  g_free (self->window_title);
  g_free (self->subtitle);

  G_OBJECT_CLASS (sw_meeting_session_parent_class)->finalize (object);
}

static void
sw_meeting_session_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SwMeetingSession *self = SW_MEETING_SESSION (object);

  switch (prop_id)
    {
    case PROP_DATASET:
      g_value_set_object (value, self->dataset);
      break;

    case PROP_MEETING:
      g_value_set_object (value, self->meeting);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_UNSAVED:
      g_value_set_boolean (value, self->unsaved);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_WINDOW_TITLE:
      g_value_set_string (value, self->window_title);
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sw_meeting_session_class_init (SwMeetingSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_meeting_session_dispose;
  object_class->finalize = sw_meeting_session_finalize;
  object_class->get_property = sw_meeting_session_get_property;

  properties[PROP_DATASET] =
    g_param_spec_object ("dataset", NULL, NULL, SW_TYPE_DATASET,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_MEETING] =
    g_param_spec_object ("meeting", NULL, NULL, SW_TYPE_MEETING,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_WINDOW_TITLE] =
    g_param_spec_string ("window-title", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Just before the open meeting takes another's content (new, open,
   * restore): what follows the old one (collecting votes) stops. */
  signals[REPLACING] =
    g_signal_new ("replacing",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
sw_meeting_session_init (SwMeetingSession *self)
{
}
