/* sw-meeting-file.c — a meeting saved as a .stackwise file: participants, weights, notes
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The format and every message are described in docs/meeting-format.md.
 */

#include "config.h"

#include <inttypes.h>
#include <string.h>

#include <glib/gi18n-lib.h>

#include "sw-meeting-private.h"
#include "sw-evaluate.h"
#include "sw-json-reader.h"
#include "sw-save.h"
#include "sw-meeting-file.h"


G_DEFINE_QUARK (sw-meeting-file-error-quark, sw_meeting_file_error)

/* Loading: the validation state, for messages that say where the problem is. */

/* What is read goes straight into a fresh meeting; what must wait for the
 * rest of the file (which participant is active, the preset) waits here. */
typedef struct
{
  SwJsonReader  reader;
  SwMeeting   *meeting;
  SwDataset    *dataset;
  gint64        format;
  guint         active;
  char         *preset_id;
  GDateTime    *created;
  GDateTime    *modified;
} Loader;

static void
loader_clear (Loader *l)
{
  g_free (l->preset_id);
  g_clear_pointer (&l->created, g_date_time_unref);
  g_clear_pointer (&l->modified, g_date_time_unref);
}

/* Format 1 files were written for criteria that have since been merged or
 * replaced (docs/meeting-format.md, "Older files"): each retired id's weight
 * goes to the criterion that took over its meaning, the larger one winning
 * when that criterion has a weight of its own. */
static const struct {
  const char *retired;
  const char *now;
} retired_criteria[] = {
  { "js_team", "team_skills" },
  { "concurrency", "realtime" },
};

static int
find_retired (SwDataset  *dataset,
              const char *id)
{
  if (sw_dataset_find_criterion (dataset, id) >= 0)
    return -1;
  for (guint i = 0; i < G_N_ELEMENTS (retired_criteria); i++)
    if (g_str_equal (retired_criteria[i].retired, id))
      return sw_dataset_find_criterion (dataset, retired_criteria[i].now);
  return -1;
}

static const char *
criterion_id (gconstpointer dataset,
              guint         c)
{
  return sw_dataset_get_criterion ((SwDataset *) dataset, c)->id;
}

/* Whether a format 1 file holds a retired id that criterion @c took over. */
static gboolean
old_weight_for (SwDataset  *dataset,
                JsonObject *obj,
                guint       c)
{
  const char *id = sw_dataset_get_criterion (dataset, c)->id;

  for (guint i = 0; i < G_N_ELEMENTS (retired_criteria); i++)
    if (g_str_equal (retired_criteria[i].now, id)
        && json_object_has_member (obj, retired_criteria[i].retired))
      return TRUE;
  return FALSE;
}

/* One weight: a number from 0 to 10. */
static gboolean
read_weight (Loader     *l,
             JsonObject *obj,
             const char *member,
             double     *out_value)
{
  JsonNode *node;
  double value;
  gsize inner;

  if (!sw_json_reader_get_member (&l->reader, obj, member, SW_JSON_KIND_NUMBER, TRUE, &node))
    return FALSE;
  value = json_node_get_double (node);
  inner = sw_json_reader_enter_member (&l->reader, member);
  if (!(value >= SW_WEIGHT_MIN && value <= SW_WEIGHT_MAX))
    {
      g_autofree char *shown = g_strdup_printf ("%g", value);
      return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_OUT_OF_RANGE,
                                  _("the weight must be between 0 and 10, not %s"), shown);
    }
  sw_json_reader_leave (&l->reader, inner);

  *out_value = value;
  return TRUE;
}

static gboolean
load_weights (Loader     *l,
              JsonObject *obj,
              double     *out_weights)
{
  SwDataset *dataset = l->dataset;
  guint n_criteria = sw_dataset_get_n_criteria (dataset);
  g_autoptr(GList) members = NULL;
  JsonNode *node;
  gsize mark;

  if (!sw_json_reader_get_member (&l->reader, obj, "weights", SW_JSON_KIND_OBJECT, TRUE, &node))
    return FALSE;

  mark = sw_json_reader_enter_member (&l->reader, "weights");
  obj = json_node_get_object (node);

  /* Every key must be a criterion: a weight for a criterion this dataset does not
   * have would be silently lost, and the team would decide on something else. */
  members = json_object_get_members (obj);
  for (GList *m = members; m != NULL; m = m->next)
    if (sw_dataset_find_criterion (dataset, m->data) < 0
        && (l->format >= 2 || find_retired (dataset, m->data) < 0))
      {
        g_autofree char *known = sw_list_known_ids (n_criteria, criterion_id, dataset);
        g_autofree char *shown = sw_quote_text (m->data);

        return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_UNKNOWN_REFERENCE,
                                    _("criterion “%s” is not one of this dataset's criteria (%s)"),
                                    shown, known);
      }

  for (guint c = 0; c < n_criteria; c++)
    out_weights[c] = 0.0;

  for (guint c = 0; c < n_criteria; c++)
    {
      const char *id = sw_dataset_get_criterion (dataset, c)->id;
      double value;

      /* Format 1 knew no team-answered criteria; a retired id may stand in. */
      if (!json_object_has_member (obj, id) && l->format < 2
          && (sw_dataset_get_criterion (dataset, c)->answer != SW_ANSWER_NONE
              || old_weight_for (dataset, obj, c)))
        continue;
      if (!json_object_has_member (obj, id))
        return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_MISSING_FIELD,
                                    _("the weight for criterion “%s” is missing"), id);
      if (!read_weight (l, obj, id, &value))
        return FALSE;

      out_weights[c] = MAX (out_weights[c], value);
    }

  /* The retired ids' weights, checked like the others. */
  if (l->format < 2)
    for (GList *m = members; m != NULL; m = m->next)
      {
        int c = find_retired (dataset, m->data);
        double value;

        if (c < 0)
          continue;
        if (!read_weight (l, obj, m->data, &value))
          return FALSE;
        out_weights[c] = MAX (out_weights[c], value);
      }

  sw_json_reader_leave (&l->reader, mark);
  return TRUE;
}

static gboolean
get_name (Loader      *l,
          JsonObject  *obj,
          char       **out_name)
{
  g_autofree char *name = NULL;
  JsonNode *node;
  gsize mark;

  if (!sw_json_reader_get_member (&l->reader, obj, "name", SW_JSON_KIND_TEXT, TRUE, &node))
    return FALSE;

  mark = sw_json_reader_enter_member (&l->reader, "name");
  name = g_strstrip (g_strdup (json_node_get_string (node)));
  if (name[0] == '\0')
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_SHAPE, _("the name is empty"));
  if (g_utf8_strlen (name, -1) > SW_MEETING_FILE_MAX_NAME_LENGTH)
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_OUT_OF_RANGE,
                                _("the name is longer than %d characters"), SW_MEETING_FILE_MAX_NAME_LENGTH);
  sw_json_reader_leave (&l->reader, mark);

  *out_name = g_steal_pointer (&name);
  return TRUE;
}

static gboolean
load_participant (Loader   *l,
                  JsonNode *item,
                  guint     index)
{
  SwMeeting *meeting = l->meeting;
  g_autofree double *weights = g_new0 (double, sw_dataset_get_n_criteria (l->dataset));
  g_autofree char *name = NULL;
  JsonObject *obj;
  JsonNode *node;
  gboolean voted = TRUE;
  gsize mark = sw_json_reader_enter_index (&l->reader, index);

  if (!JSON_NODE_HOLDS_OBJECT (item))
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_SHAPE, _("expected an object, found %s"),
                                sw_json_describe_node (item));
  obj = json_node_get_object (item);

  if (!get_name (l, obj, &name))
    return FALSE;

  for (guint i = 0; i < sw_meeting_get_n_participants (meeting); i++)
    if (g_strcmp0 (sw_meeting_get_participant_name (meeting, i), name) == 0)
      {
        g_autofree char *shown = sw_quote_text (name);
        sw_json_reader_enter_member (&l->reader, "name");
        return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_DUPLICATE_NAME,
                                    _("the name “%s” is used twice (also at participants[%u])"), shown, i);
      }

  if (!load_weights (l, obj, weights))
    return FALSE;

  /* A participant written by hand, without "voted", has given their weights. */
  if (!sw_json_reader_get_member (&l->reader, obj, "voted", SW_JSON_KIND_BOOLEAN, FALSE, &node))
    return FALSE;
  if (node != NULL)
    voted = json_node_get_boolean (node);

  sw_meeting_load_participant (meeting, name, weights, voted);
  sw_json_reader_leave (&l->reader, mark);
  return TRUE;
}

static gboolean
load_participants (Loader     *l,
                   JsonObject *root)
{
  JsonNode *node;
  JsonArray *array;
  guint n;
  gsize mark;

  if (!sw_json_reader_get_member (&l->reader, root, "participants", SW_JSON_KIND_LIST, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  mark = sw_json_reader_enter_member (&l->reader, "participants");
  if (n > SW_MEETING_FILE_MAX_PARTICIPANTS)
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_OUT_OF_RANGE,
                                _("there can be at most %d participants, not %u"),
                                SW_MEETING_FILE_MAX_PARTICIPANTS, n);

  for (guint i = 0; i < n; i++)
    if (!load_participant (l, json_array_get_element (array, i), i))
      return FALSE;

  sw_json_reader_leave (&l->reader, mark);
  return TRUE;
}

static gboolean
load_format (Loader     *l,
             JsonObject *root)
{
  JsonNode *node;
  gint64 format;
  gsize mark;

  if (!sw_json_reader_get_member (&l->reader, root, "format", SW_JSON_KIND_WHOLE_NUMBER, TRUE, &node))
    return FALSE;

  format = json_node_get_int (node);
  if (format > SW_MEETING_FILE_FORMAT_VERSION)
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_NEWER_FORMAT,
                                _("made for a newer version of Stackwise (format %" PRId64
                                  "; this version reads format %d)"),
                                format, SW_MEETING_FILE_FORMAT_VERSION);

  l->format = format;
  mark = sw_json_reader_enter_member (&l->reader, "format");
  if (format < 1)
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_OUT_OF_RANGE,
                                _("the format must be %d, not %" PRId64), SW_MEETING_FILE_FORMAT_VERSION, format);
  sw_json_reader_leave (&l->reader, mark);

  return TRUE;
}

static gboolean
load_kind (Loader     *l,
           JsonObject *root)
{
  JsonNode *node = json_object_get_member (root, "kind");

  if (node == NULL && json_object_has_member (root, "technologies"))
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_NOT_MEETING,
                                _("this is a comparison dataset, not a meeting; open it as a dataset instead"));

  if (node == NULL || !sw_json_node_is (node, SW_JSON_KIND_TEXT) ||
      g_strcmp0 (json_node_get_string (node), SW_MEETING_FILE_KIND) != 0)
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_NOT_MEETING,
                                _("not a Stackwise meeting (a meeting has \"kind\": \"%s\")"), SW_MEETING_FILE_KIND);

  return TRUE;
}

static gboolean
load_dataset_id (Loader     *l,
                 JsonObject *root)
{
  const char *expected = sw_dataset_get_id (l->dataset);
  g_autofree char *shown = NULL;
  JsonNode *node;

  if (!sw_json_reader_get_member (&l->reader, root, "dataset", SW_JSON_KIND_TEXT, TRUE, &node))
    return FALSE;

  if (g_strcmp0 (json_node_get_string (node), expected) == 0)
    return TRUE;

  shown = sw_quote_text (json_node_get_string (node));
  return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_OTHER_DATASET,
                              _("this meeting is for the dataset “%s”, but the open dataset is “%s”; "
                                "open that dataset first"),
                              shown, expected);
}

static gboolean
load_alone_or_team (Loader     *l,
                    JsonObject *root)
{
  guint n_participants;
  JsonNode *node;

  if (!load_participants (l, root))
    return FALSE;

  n_participants = sw_meeting_get_n_participants (l->meeting);
  if (n_participants == 0)
    {
      g_autofree double *weights = g_new0 (double, sw_dataset_get_n_criteria (l->dataset));

      if (!json_object_has_member (root, "weights"))
        return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_MISSING_FIELD,
                                    _("there are no participants and no “weights”; a meeting needs one or the other"));
      if (!load_weights (l, root, weights))
        return FALSE;
      sw_meeting_restore (l->meeting, weights, NULL);
      return TRUE;
    }

  /* Two sets of weights would leave it unclear which one counts. */
  if (json_object_has_member (root, "weights"))
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_SHAPE,
                                _("the file has both “weights” and participants; with participants, "
                                  "each participant's weights are used, so remove “weights”"));

  if (!sw_json_reader_get_member (&l->reader, root, "active", SW_JSON_KIND_WHOLE_NUMBER, FALSE, &node))
    return FALSE;
  if (node != NULL)
    {
      gint64 active = json_node_get_int (node);

      if (active < 0 || active >= n_participants)
        {
          sw_json_reader_enter_member (&l->reader, "active");
          return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_OUT_OF_RANGE,
                                      g_dngettext (GETTEXT_PACKAGE,
                                                   "there is %u participant, so “active” must be %u, not %" PRId64,
                                                   "there are %u participants, so “active” must be from 0 to %u, not %" PRId64,
                                                   n_participants),
                                      n_participants, n_participants - 1, active);
        }
      l->active = (guint) active;
    }

  return TRUE;
}

static gboolean
load_date (Loader      *l,
           JsonObject  *root,
           const char  *member,
           GDateTime  **out)
{
  g_autofree char *shown = NULL;
  JsonNode *node;
  GDateTime *date;

  if (!sw_json_reader_get_member (&l->reader, root, member, SW_JSON_KIND_TEXT, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  date = g_date_time_new_from_iso8601 (json_node_get_string (node), NULL);
  if (date == NULL)
    {
      shown = sw_quote_text (json_node_get_string (node));
      sw_json_reader_enter_member (&l->reader, member);
      return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_SHAPE,
                                  _("“%s” is not a date and time; write it in ISO 8601, e.g. 2026-03-14T09:30:00Z"),
                                  shown);
    }

  *out = date;
  return TRUE;
}

/* A technology id of the dataset, for the situation; the message lists them. */
static int
find_technology (Loader     *l,
                 const char *id,
                 const char *extra)
{
  SwDataset *dataset = l->dataset;
  g_autoptr(GString) known = g_string_new (NULL);
  g_autofree char *shown = NULL;
  int t = sw_dataset_find_technology (dataset, id);

  if (t >= 0)
    return t;

  for (guint i = 0; i < sw_dataset_get_n_technologies (dataset); i++)
    g_string_append_printf (known, "%s%s", i > 0 ? ", " : "", sw_dataset_get_technology (dataset, i)->id);
  if (extra != NULL)
    g_string_append_printf (known, ", %s", extra);
  shown = sw_quote_text (id);
  sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_UNKNOWN_REFERENCE,
                       _("technology “%s” is not one of this dataset's technologies (%s)"), shown, known->str);
  return -1;
}

/* "situation": {"skills": {technology: level or null}, "existing": technology, "none" or null} */
static gboolean
load_situation (Loader     *l,
                JsonObject *root)
{
  SwSituation stated;
  SwSituation *situation = &stated;
  JsonObject *obj;
  JsonNode *node;
  gsize mark;

  sw_situation_init (situation);
  if (!sw_json_reader_get_member (&l->reader, root, "situation", SW_JSON_KIND_OBJECT, FALSE, &node))
    return FALSE;
  if (node == NULL)
    return TRUE;

  obj = json_node_get_object (node);
  mark = sw_json_reader_enter_member (&l->reader, "situation");

  if (!sw_json_reader_get_member (&l->reader, obj, "skills", SW_JSON_KIND_OBJECT, FALSE, &node))
    return FALSE;
  if (node != NULL)
    {
      JsonObject *skills = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (skills);
      gsize inner = sw_json_reader_enter_member (&l->reader, "skills");

      for (GList *m = members; m != NULL; m = m->next)
        {
          int t = find_technology (l, m->data, NULL);
          JsonNode *level;
          double value;
          gsize at;

          if (t < 0)
            return FALSE;
          level = json_object_get_member (skills, m->data);
          if (JSON_NODE_HOLDS_NULL (level))
            continue;
          if (!sw_json_reader_get_member (&l->reader, skills, m->data, SW_JSON_KIND_NUMBER, TRUE, &level))
            return FALSE;
          value = json_node_get_double (level);
          at = sw_json_reader_enter_member (&l->reader, m->data);
          if (!(value >= 0.0 && value <= 10.0))
            {
              g_autofree char *shown = g_strdup_printf ("%g", value);
              return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_OUT_OF_RANGE,
                                          _("the skill level must be between 0 and 10, not %s"), shown);
            }
          sw_json_reader_leave (&l->reader, at);
          situation->skills[t] = sw_situation_clamp_skill (value);
        }
      sw_json_reader_leave (&l->reader, inner);
    }

  if (!sw_json_reader_get_member (&l->reader, obj, "existing", SW_JSON_KIND_TEXT, FALSE, &node))
    return FALSE;
  if (node != NULL)
    {
      const char *id = json_node_get_string (node);
      gsize inner = sw_json_reader_enter_member (&l->reader, "existing");

      if (g_str_equal (id, "none"))
        situation->existing = SW_EXISTING_NONE;
      else if ((situation->existing = find_technology (l, id, "none")) < 0)
        {
          situation->existing = SW_EXISTING_NOT_STATED;
          return FALSE;
        }
      sw_json_reader_leave (&l->reader, inner);
    }

  sw_json_reader_leave (&l->reader, mark);
  sw_meeting_restore_situation (l->meeting, situation);
  return TRUE;
}

static gboolean
load_rest (Loader     *l,
           JsonObject *root)
{
  JsonNode *node;

  if (!sw_json_reader_get_member (&l->reader, root, "blind", SW_JSON_KIND_BOOLEAN, FALSE, &node))
    return FALSE;
  sw_meeting_set_blind (l->meeting, node != NULL && json_node_get_boolean (node));

  if (!sw_json_reader_get_member (&l->reader, root, "preset", SW_JSON_KIND_TEXT, FALSE, &node))
    return FALSE;
  if (node != NULL)
    {
      const char *id = json_node_get_string (node);

      if (sw_dataset_find_preset (l->dataset, id) < 0)
        {
          g_autofree char *shown = sw_quote_text (id);
          sw_json_reader_enter_member (&l->reader, "preset");
          return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_UNKNOWN_REFERENCE,
                                      _("preset “%s” is not one of this dataset's presets"), shown);
        }
      l->preset_id = g_strdup (id);
    }

  if (!load_situation (l, root))
    return FALSE;

  if (!sw_json_reader_get_member (&l->reader, root, "notes", SW_JSON_KIND_TEXT, FALSE, &node))
    return FALSE;
  if (node != NULL)
    sw_meeting_set_notes (l->meeting, json_node_get_string (node));

  return load_date (l, root, "created", &l->created) &&
         load_date (l, root, "modified", &l->modified);
}

static gboolean
load_root (Loader   *l,
           JsonNode *root)
{
  JsonObject *obj;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    return sw_json_reader_fail (&l->reader, SW_MEETING_FILE_ERROR_NOT_MEETING,
                                _("not a Stackwise meeting: expected a JSON object, found %s"),
                                sw_json_describe_node (root));
  obj = json_node_get_object (root);

  /* The format first: a newer file may follow different rules. */
  if (!(load_format (l, obj) &&
        load_kind (l, obj) &&
        load_dataset_id (l, obj) &&
        load_alone_or_team (l, obj) &&
        load_rest (l, obj)))
    return FALSE;

  sw_meeting_load_finish (l->meeting, l->active, l->preset_id);
  sw_meeting_set_file_times (l->meeting, l->created, l->modified);
  return TRUE;
}

static gboolean
too_large (GError     **error,
           const char  *name,
           guint64      size)
{
  g_set_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_TOO_LARGE,
               _("%s: the file is too large (%" PRIu64 " bytes; "
                 "a meeting can be at most %d bytes, 1 MiB)"),
               name, size, SW_MEETING_FILE_MAX_BYTES);
  return FALSE;
}

static gboolean
ballot_too_large (GError     **error,
                  const char  *name,
                  guint64      size)
{
  g_set_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_TOO_LARGE,
               _("%s: the ballot is too large (%" PRIu64 " bytes; a ballot can be at most %d bytes)"),
               name, size, SW_MEETING_FILE_MAX_BALLOT_BYTES);
  return FALSE;
}

static void
empty_meeting (GError     **error,
               const char  *name)
{
  g_set_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_NOT_JSON,
               _("%s: the file is empty; a meeting is a JSON object"), name);
}

static void
empty_ballot (GError     **error,
              const char  *name)
{
  g_set_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_NOT_JSON,
               _("%s: the ballot is empty; a ballot is a JSON object"), name);
}

static const SwJsonDoor meeting_door = {
  .domain = sw_meeting_file_error_quark,
  .not_json_code = SW_MEETING_FILE_ERROR_NOT_JSON,
  .truncated_code = SW_MEETING_FILE_ERROR_TRUNCATED,
  .max_bytes = SW_MEETING_FILE_MAX_BYTES,
  .too_large = too_large,
  .empty = empty_meeting,
};

static const SwJsonDoor ballot_door = {
  .domain = sw_meeting_file_error_quark,
  .not_json_code = SW_MEETING_FILE_ERROR_NOT_JSON,
  .truncated_code = -1,
  .max_bytes = SW_MEETING_FILE_MAX_BALLOT_BYTES,
  .too_large = ballot_too_large,
  .empty = empty_ballot,
};

SwMeeting *
sw_meeting_file_read_bytes (GBytes      *bytes,
                        const char  *display_name,
                        SwDataset   *dataset,
                        GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(SwMeeting) meeting = NULL;
  g_autoptr(GString) path = NULL;
  JsonNode *root;
  const char *data;
  Loader loader;
  gboolean ok;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);
  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &size);
  root = sw_json_door_parse (&meeting_door, parser, data, size, display_name, error);
  if (root == NULL)
    return NULL;

  meeting = sw_meeting_new (dataset);
  path = g_string_new (NULL);
  loader = (Loader) {
    .reader = { .name = display_name, .path = path, .error = error, .domain = SW_MEETING_FILE_ERROR,
                .missing_code = SW_MEETING_FILE_ERROR_MISSING_FIELD, .shape_code = SW_MEETING_FILE_ERROR_SHAPE },
    .meeting = meeting,
    .dataset = dataset,
  };
  ok = load_root (&loader, root);
  loader_clear (&loader);
  if (!ok)
    return NULL;

  return g_steal_pointer (&meeting);
}

gboolean
sw_meeting_file_read_ballot (SwDataset   *dataset,
                         GBytes      *bytes,
                         const char  *display_name,
                         char       **out_name,
                         double      *out_weights,
                         GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GString) path = NULL;
  JsonNode *root;
  const char *data;
  Loader loader;
  gsize size;

  g_return_val_if_fail (SW_IS_DATASET (dataset), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (out_name != NULL && out_weights != NULL, FALSE);

  data = g_bytes_get_data (bytes, &size);
  /* The same checks before parsing as a file gets: size, encoding, depth. */
  root = sw_json_door_parse (&ballot_door, parser, data, size, display_name, error);
  if (root == NULL)
    return FALSE;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_SHAPE,
                   _("%s: a ballot is a JSON object with a name and weights"), display_name);
      return FALSE;
    }

  /* A participant's name and weights, read by the code that reads them from files. */
  path = g_string_new (NULL);
  loader = (Loader) {
    .reader = { .name = display_name, .path = path, .error = error, .domain = SW_MEETING_FILE_ERROR,
                .missing_code = SW_MEETING_FILE_ERROR_MISSING_FIELD, .shape_code = SW_MEETING_FILE_ERROR_SHAPE },
    .dataset = dataset,
    .format = SW_MEETING_FILE_FORMAT_VERSION,
  };
  if (!get_name (&loader, json_node_get_object (root), out_name))
    return FALSE;
  if (!load_weights (&loader, json_node_get_object (root), out_weights))
    {
      g_clear_pointer (out_name, g_free);
      return FALSE;
    }

  return TRUE;
}

SwMeeting *
sw_meeting_file_read_file (GFile         *file,
                       SwDataset     *dataset,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (SW_IS_DATASET (dataset), NULL);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = sw_save_dup_display_name (file);
  bytes = sw_meeting_file_read_file_bytes (file, name, cancellable, error);
  if (bytes == NULL)
    return NULL;

  return sw_meeting_file_read_bytes (bytes, name, dataset, error);
}

GBytes *
sw_meeting_file_read_file_bytes (GFile         *file,
                             const char    *name,
                             GCancellable  *cancellable,
                             GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  return sw_json_read_file (file, name, SW_MEETING_FILE_MAX_BYTES, too_large,
                            SW_MEETING_FILE_ERROR, SW_MEETING_FILE_ERROR_IO, cancellable, error);
}

/* Saving */

static void
add_weights (JsonBuilder  *builder,
             SwDataset    *dataset,
             const double *weights)
{
  json_builder_begin_object (builder);
  for (guint c = 0; c < sw_dataset_get_n_criteria (dataset); c++)
    {
      /* NaN is written as 0. */
      double weight = sw_weight_clamp (weights[c]);

      json_builder_set_member_name (builder, sw_dataset_get_criterion (dataset, c)->id);
      /* Whole numbers stay whole ("7", not "7.0"): the file is meant to be readable. */
      if (weight == (double) (gint64) weight)
        json_builder_add_int_value (builder, (gint64) weight);
      else
        sw_json_builder_add_number (builder, weight);
    }
  json_builder_end_object (builder);
}

static void
add_date (JsonBuilder *builder,
          const char  *member,
          GDateTime   *date)
{
  g_autofree char *text = NULL;

  if (date == NULL)
    return;

  text = g_date_time_format_iso8601 (date);
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, text);
}

static void
add_situation (JsonBuilder *builder,
               SwMeeting  *self)
{
  SwDataset *dataset = sw_meeting_get_dataset (self);
  const SwSituation *situation = sw_meeting_get_situation (self);
  guint n_technologies = sw_dataset_get_n_technologies (dataset);
  int existing = situation->existing;

  json_builder_set_member_name (builder, "situation");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "skills");
  json_builder_begin_object (builder);
  for (guint t = 0; t < n_technologies; t++)
    {
      json_builder_set_member_name (builder, sw_dataset_get_technology (dataset, t)->id);
      if (situation->skills[t] >= 0.0)
        sw_json_builder_add_number (builder, situation->skills[t]);
      else
        json_builder_add_null_value (builder);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "existing");
  if (existing >= 0 && existing < (int) n_technologies)
    json_builder_add_string_value (builder, sw_dataset_get_technology (dataset, existing)->id);
  else if (existing == SW_EXISTING_NONE)
    json_builder_add_string_value (builder, "none");
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);
}

static char *
build_data (SwMeeting *self,
            GDateTime  *created,
            GDateTime  *modified,
            gsize      *length)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  SwDataset *dataset = sw_meeting_get_dataset (self);
  guint n_participants = sw_meeting_get_n_participants (self);
  const char *preset_id = sw_meeting_get_preset_id (self);
  g_autofree char *text = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_int_value (builder, SW_MEETING_FILE_FORMAT_VERSION);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, SW_MEETING_FILE_KIND);
  json_builder_set_member_name (builder, "dataset");
  json_builder_add_string_value (builder, sw_dataset_get_id (dataset));

  json_builder_set_member_name (builder, "participants");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_participants; i++)
    {
      SwParticipant *participant = sw_meeting_get_participant (self, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, sw_participant_get_name (participant));
      json_builder_set_member_name (builder, "weights");
      add_weights (builder, dataset, sw_participant_get_weights (participant));
      json_builder_set_member_name (builder, "voted");
      json_builder_add_boolean_value (builder, sw_participant_get_voted (participant));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  if (n_participants == 0)
    {
      json_builder_set_member_name (builder, "weights");
      add_weights (builder, dataset, sw_meeting_get_weights (self));
    }
  else
    {
      json_builder_set_member_name (builder, "active");
      json_builder_add_int_value (builder, MIN (sw_meeting_get_active_participant (self), n_participants - 1));
    }

  json_builder_set_member_name (builder, "blind");
  json_builder_add_boolean_value (builder, sw_meeting_get_blind (self));
  json_builder_set_member_name (builder, "preset");
  if (preset_id != NULL)
    json_builder_add_string_value (builder, preset_id);
  else
    json_builder_add_null_value (builder);
  add_situation (builder, self);
  json_builder_set_member_name (builder, "notes");
  json_builder_add_string_value (builder, sw_meeting_get_notes (self));
  add_date (builder, "created", created);
  add_date (builder, "modified", modified);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  /* A final newline, as text files have. */
  text = json_generator_to_data (generator, NULL);
  *length = strlen (text) + 1;

  return g_strconcat (text, "\n", NULL);
}

char *
sw_meeting_file_to_data (SwMeeting *self,
                     gsize      *length)
{
  gsize local_length;

  g_return_val_if_fail (SW_IS_MEETING (self), NULL);

  return build_data (self, sw_meeting_get_created (self), sw_meeting_get_saved (self),
                     length != NULL ? length : &local_length);
}

/* Whole seconds in UTC: the file reads "2026-03-14T09:30:00Z". */
static GDateTime *
new_now_in_seconds (void)
{
  g_autoptr(GDateTime) precise = g_date_time_new_now_utc ();

  return g_date_time_new_utc (g_date_time_get_year (precise), g_date_time_get_month (precise),
                              g_date_time_get_day_of_month (precise), g_date_time_get_hour (precise),
                              g_date_time_get_minute (precise), g_date_time_get_second (precise));
}

gboolean
sw_meeting_file_save_to_file (SwMeeting    *self,
                          GFile         *file,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *data = NULL;
  GDateTime *created;
  gsize length;

  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  now = new_now_in_seconds ();
  created = sw_meeting_get_created (self) != NULL ? sw_meeting_get_created (self) : now;
  data = build_data (self, created, now, &length);
  if (!sw_save_file_contents (file, data, length, cancellable, error))
    return FALSE;

  sw_meeting_set_file_times (self, created, now);
  sw_meeting_set_modified (self, FALSE);

  return TRUE;
}

typedef struct
{
  GFile     *file;
  char      *data;
  gsize      length;
  GDateTime *created;
  GDateTime *now;
} SaveJob;

static void
save_job_free (SaveJob *job)
{
  g_clear_object (&job->file);
  g_free (job->data);
  g_clear_pointer (&job->created, g_date_time_unref);
  g_clear_pointer (&job->now, g_date_time_unref);
  g_free (job);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveJob *job = task_data;
  GError *error = NULL;

  if (sw_save_file_contents (job->file, job->data, job->length, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
sw_meeting_file_save_to_file_async (SwMeeting           *self,
                                    GFile               *file,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveJob *job;

  g_return_if_fail (SW_IS_MEETING (self));
  g_return_if_fail (G_IS_FILE (file));

  /* The text is made here, from the meeting as it is now; only the writing
   * happens in a thread of its own. */
  job = g_new0 (SaveJob, 1);
  job->file = g_object_ref (file);
  job->now = new_now_in_seconds ();
  job->created = g_date_time_ref (sw_meeting_get_created (self) != NULL ? sw_meeting_get_created (self) : job->now);
  job->data = build_data (self, job->created, job->now, &job->length);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sw_meeting_file_save_to_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
sw_meeting_file_save_to_file_finish (SwMeeting     *self,
                                     GAsyncResult  *result,
                                     GError       **error)
{
  SaveJob *job;
  g_autofree char *now_data = NULL;
  gsize length;

  g_return_val_if_fail (SW_IS_MEETING (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return FALSE;

  job = g_task_get_task_data (G_TASK (result));
  /* A change made while the file was written is not in it: the meeting
   * stays modified then. */
  now_data = build_data (self, job->created, job->now, &length);
  sw_meeting_set_file_times (self, job->created, job->now);
  if (length == job->length && memcmp (now_data, job->data, length) == 0)
    sw_meeting_set_modified (self, FALSE);

  return TRUE;
}
