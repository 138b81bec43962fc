/* sw-recovery.c — an open meeting kept on disk as it changes, for after a crash
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <json-glib/json-glib.h>

#include "sw-participant.h"
#include "sw-recovery.h"
#include "sw-save.h"

#define RECOVERY_MEMBER "recovery"
#define SET_ASIDE_SUFFIX ".unreadable"

struct _SwRecovery
{
  GObject     parent_instance;

  GFile      *file;
  SwMeeting *meeting;
  GFile      *origin;
  guint       write_id;
  /* This object wrote the file: it removes it once it has served (a file
   * left by an earlier run stays until it is restored or discarded). */
  gboolean    kept;
  /* The last write failed, so that a failure is told once. */
  gboolean    failed;
};

G_DEFINE_FINAL_TYPE (SwRecovery, sw_recovery, G_TYPE_OBJECT)

enum {
  WRITE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

GFile *
sw_recovery_dup_default_file (void)
{
  g_autofree char *path = g_build_filename (g_get_user_state_dir (), "stackwise",
                                            "recovery" SW_MEETING_FILE_EXTENSION, NULL);

  return g_file_new_for_path (path);
}

SwRecovery *
sw_recovery_new (GFile *file)
{
  SwRecovery *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (SW_TYPE_RECOVERY, NULL);
  self->file = g_object_ref (file);

  return self;
}

GFile *
sw_recovery_get_file (SwRecovery *self)
{
  g_return_val_if_fail (SW_IS_RECOVERY (self), NULL);

  return self->file;
}

/* The same rule as the window's title mark: one person's weights alone are
 * kept in the settings at every change, so only a meeting with its own file,
 * a team or notes has something a crash would lose. */
static gboolean
worth_keeping (SwRecovery *self)
{
  if (self->meeting == NULL || !sw_meeting_get_modified (self->meeting))
    return FALSE;

  return self->origin != NULL ||
         sw_meeting_get_n_participants (self->meeting) > 0 ||
         sw_meeting_get_notes (self->meeting)[0] != '\0';
}

static char *
build_data (SwRecovery *self,
            gsize      *length)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(JsonGenerator) generator = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *data = sw_meeting_file_to_data (self->meeting, NULL);
  g_autofree char *changed = g_date_time_format_iso8601 (now);
  JsonObject *root;
  JsonObject *recovery;

  /* Our own output: it parses. */
  if (!json_parser_load_from_data (parser, data, -1, NULL))
    g_return_val_if_reached (NULL);

  root = json_node_get_object (json_parser_get_root (parser));
  recovery = json_object_new ();
  if (self->origin != NULL && g_file_peek_path (self->origin) != NULL)
    json_object_set_string_member (recovery, "file", g_file_peek_path (self->origin));
  json_object_set_string_member (recovery, "changed", changed);
  json_object_set_object_member (root, RECOVERY_MEMBER, recovery);

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, json_parser_get_root (parser));

  return json_generator_to_data (generator, length);
}

static gboolean
write_now (SwRecovery  *self,
           GError     **error)
{
  g_autoptr(GFile) folder = g_file_get_parent (self->file);
  g_autofree char *folder_path = g_file_get_path (folder);
  g_autofree char *path = g_file_get_path (self->file);
  g_autofree char *name = sw_save_dup_display_name (self->file);
  g_autofree char *data = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;

  if (path == NULL || folder_path == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: cannot keep the meeting for recovery (not a local file)"), name);
      return FALSE;
    }

  if (g_mkdir_with_parents (folder_path, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: cannot keep the meeting for recovery (cannot create the folder: %s)"),
                   name, g_strerror (saved_errno));
      return FALSE;
    }

  data = build_data (self, &length);
  /* A temporary file, flushed to the disk, renamed over the previous one: a
   * crash or a power cut in the middle leaves the previous version whole. */
  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("%s: cannot keep the meeting for recovery (%s)"), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}

static void
remove_file (SwRecovery *self)
{
  g_autoptr(GError) error = NULL;

  self->kept = FALSE;
  if (!g_file_delete (self->file, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_autofree char *name = sw_save_dup_display_name (self->file);
      g_autoptr(GError) told = g_error_new (error->domain, error->code,
                                            _("%s: cannot remove the recovery file (%s)"),
                                            name, error->message);
      g_signal_emit (self, signals[WRITE_FAILED], 0, told);
    }
}

static gboolean
write_cb (gpointer user_data)
{
  SwRecovery *self = user_data;
  g_autoptr(GError) error = NULL;

  self->write_id = 0;
  if (!worth_keeping (self))
    return G_SOURCE_REMOVE;

  if (!write_now (self, &error))
    {
      /* Told once, not at every change while the folder stays unwritable. */
      if (!self->failed)
        g_signal_emit (self, signals[WRITE_FAILED], 0, error);
      self->failed = TRUE;
    }
  else
    {
      self->failed = FALSE;
      self->kept = TRUE;
    }

  return G_SOURCE_REMOVE;
}

/* A change schedules a write; later changes within the delay join it, so a
 * slider dragged for a minute is written twice a second, never later. */
static void
meeting_changed (SwRecovery *self)
{
  if (!worth_keeping (self))
    {
      g_clear_handle_id (&self->write_id, g_source_remove);
      /* Saved (or back to nothing worth keeping): the file has served. */
      if (self->kept)
        remove_file (self);
      return;
    }

  if (self->write_id == 0)
    self->write_id = g_timeout_add (SW_RECOVERY_DELAY_MS, write_cb, self);
}

void
sw_recovery_set_meeting (SwRecovery *self,
                          SwMeeting *meeting)
{
  g_return_if_fail (SW_IS_RECOVERY (self));
  g_return_if_fail (meeting == NULL || SW_IS_MEETING (meeting));

  if (self->meeting == meeting)
    return;

  if (self->meeting != NULL)
    g_signal_handlers_disconnect_by_data (self->meeting, self);
  g_set_object (&self->meeting, meeting);

  if (meeting != NULL)
    {
      g_signal_connect_swapped (meeting, "changed", G_CALLBACK (meeting_changed), self);
      g_signal_connect_swapped (meeting, "participants-changed", G_CALLBACK (meeting_changed), self);
      g_signal_connect_swapped (meeting, "notify::notes", G_CALLBACK (meeting_changed), self);
      g_signal_connect_swapped (meeting, "notify::blind", G_CALLBACK (meeting_changed), self);
      g_signal_connect_swapped (meeting, "notify::modified", G_CALLBACK (meeting_changed), self);
      /* Nothing is written for a decision as it arrives: only its changes. */
      if (worth_keeping (self))
        meeting_changed (self);
    }
}

void
sw_recovery_set_origin (SwRecovery *self,
                        GFile      *origin)
{
  g_return_if_fail (SW_IS_RECOVERY (self));
  g_return_if_fail (origin == NULL || G_IS_FILE (origin));

  g_set_object (&self->origin, origin);

  meeting_changed (self);
}

gboolean
sw_recovery_flush (SwRecovery  *self,
                   GError     **error)
{
  g_return_val_if_fail (SW_IS_RECOVERY (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self->write_id == 0)
    return TRUE;

  g_clear_handle_id (&self->write_id, g_source_remove);
  if (!worth_keeping (self))
    return TRUE;

  if (!write_now (self, error))
    return FALSE;

  self->kept = TRUE;
  return TRUE;
}

void
sw_recovery_discard (SwRecovery *self)
{
  g_return_if_fail (SW_IS_RECOVERY (self));

  g_clear_handle_id (&self->write_id, g_source_remove);
  remove_file (self);
}

static void
sw_recovery_dispose (GObject *object)
{
  SwRecovery *self = SW_RECOVERY (object);

  /* Whatever is pending is written: disposing is not a clean quit. */
  if (self->write_id != 0)
    {
      g_autoptr(GError) error = NULL;

      g_clear_handle_id (&self->write_id, g_source_remove);
      if (worth_keeping (self) && write_now (self, &error))
        self->kept = TRUE;
    }
  sw_recovery_set_meeting (self, NULL);

  G_OBJECT_CLASS (sw_recovery_parent_class)->dispose (object);
}

static void
sw_recovery_finalize (GObject *object)
{
  SwRecovery *self = SW_RECOVERY (object);

  g_clear_object (&self->file);
  g_clear_object (&self->origin);

  G_OBJECT_CLASS (sw_recovery_parent_class)->finalize (object);
}

static void
sw_recovery_class_init (SwRecoveryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sw_recovery_dispose;
  object_class->finalize = sw_recovery_finalize;

  /* A write or a removal failed (a one-line GError naming the file). */
  signals[WRITE_FAILED] =
    g_signal_new ("write-failed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
sw_recovery_init (SwRecovery *self)
{
}

/* Reading */

void
sw_recovered_free (SwRecovered *self)
{
  if (self == NULL)
    return;

  g_clear_object (&self->meeting);
  g_clear_object (&self->origin);
  g_clear_pointer (&self->changed, g_date_time_unref);
  g_free (self);
}

static const char *
participant_name (const SwRecovered *self,
                  guint              index)
{
  return sw_participant_get_name (sw_meeting_get_participant (self->meeting, index));
}

char *
sw_recovered_dup_name (const SwRecovered *self)
{
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  if (self->origin != NULL)
    {
      g_autofree char *name = sw_save_dup_display_name (self->origin);

      if (g_str_has_suffix (name, SW_MEETING_FILE_EXTENSION) && strlen (name) > strlen (SW_MEETING_FILE_EXTENSION))
        name[strlen (name) - strlen (SW_MEETING_FILE_EXTENSION)] = '\0';
      return g_steal_pointer (&name);
    }

  n = sw_meeting_get_n_participants (self->meeting);
  if (n == 0)
    return g_strdup ("");
  if (n == 1)
    return g_strdup (participant_name (self, 0));
  if (n == 2)
    /* Translators: an unsaved meeting named by its participants */
    return g_strdup_printf (_("%s and %s"), participant_name (self, 0), participant_name (self, 1));

  /* Translators: an unsaved meeting named by its first two participants and how many more */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %s and %u more", "%s, %s and %u more", n - 2),
                          participant_name (self, 0), participant_name (self, 1), n - 2);
}

/* The "recovery" member of a file the meeting loader has accepted (so its JSON
 * is valid and within the limits). An origin that is not text, or not an
 * absolute path, is left out: the meeting is restored as never saved. A time
 * that is not one is left out too. */
static void
read_member (GBytes     *bytes,
             GFile     **out_origin,
             GDateTime **out_changed)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *root;
  JsonNode *recovery;
  JsonNode *node;
  JsonObject *object;

  if (!json_parser_load_from_data (parser, data, size, NULL))
    return;

  root = json_parser_get_root (parser);
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return;
  recovery = json_object_get_member (json_node_get_object (root), RECOVERY_MEMBER);
  if (recovery == NULL || !JSON_NODE_HOLDS_OBJECT (recovery))
    return;
  object = json_node_get_object (recovery);

  node = json_object_get_member (object, "file");
  if (node != NULL && json_node_get_value_type (node) == G_TYPE_STRING &&
      g_path_is_absolute (json_node_get_string (node)))
    *out_origin = g_file_new_for_path (json_node_get_string (node));

  node = json_object_get_member (object, "changed");
  if (node != NULL && json_node_get_value_type (node) == G_TYPE_STRING)
    *out_changed = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
}

SwRecovered *
sw_recovery_read (GFile      *file,
                  SwDataset  *dataset,
                  GError    **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GDateTime) changed = NULL;
  SwRecovered *recovered;
  SwMeeting *meeting;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = sw_save_dup_display_name (file);
  bytes = sw_meeting_file_read_file_bytes (file, name, NULL, &local_error);
  if (bytes == NULL)
    {
      if (!g_error_matches (local_error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_IO) ||
          g_file_query_exists (file, NULL))
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  meeting = sw_meeting_file_read_bytes (bytes, name, dataset, error);
  if (meeting == NULL)
    return NULL;

  recovered = g_new0 (SwRecovered, 1);
  recovered->meeting = meeting;
  read_member (bytes, &recovered->origin, &changed);
  if (changed != NULL)
    recovered->changed = g_date_time_to_local (changed);
  else
    {
      g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);
      g_autoptr(GDateTime) time = info != NULL ? g_file_info_get_modification_date_time (info) : NULL;

      recovered->changed = time != NULL ? g_date_time_to_local (time) : g_date_time_new_now_local ();
    }

  return recovered;
}

gboolean
sw_recovery_set_aside (GFile   *file,
                       GError **error)
{
  g_autofree char *path = NULL;
  g_autofree char *aside = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    return g_file_delete (file, NULL, error);

  aside = g_strconcat (path, SET_ASIDE_SUFFIX, NULL);
  if (g_rename (path, aside) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = sw_save_dup_display_name (file);

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   _("%s: cannot set the recovery file aside (%s)"), name, g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}
