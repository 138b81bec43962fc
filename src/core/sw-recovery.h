/* sw-recovery.h — an open meeting kept on disk as it changes, for after a crash
 *
 * Copyright 2026 The Stackwise authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The recovery file is a meeting file (docs/meeting-format.md) with one more
 * member, "recovery", naming the meeting's own file if it has one and when the
 * meeting last changed. It lives in
 * the user's state folder and exists only while the meeting has changes that
 * are not saved: a save, a clean quit or an explicit discard removes it. See
 * docs/reliability.md, "Recovery after a crash".
 */

#pragma once

#include <gio/gio.h>

#include "sw-meeting.h"
#include "sw-meeting-file.h"

G_BEGIN_DECLS

/* A change reaches the file at most this long after it was made. */
#define SW_RECOVERY_DELAY_MS 500

#define SW_TYPE_RECOVERY (sw_recovery_get_type ())

G_DECLARE_FINAL_TYPE (SwRecovery, sw_recovery, SW, RECOVERY, GObject)

/* $XDG_STATE_HOME/stackwise/recovery.stackwise (~/.local/state/… by default;
 * the app's own state folder inside Flatpak). */
GFile      *sw_recovery_dup_default_file   (void);

/* Keeps `file` up to date with the decision given by sw_recovery_set_meeting(). */
SwRecovery *sw_recovery_new                (GFile        *file);
GFile      *sw_recovery_get_file           (SwRecovery   *self);
/* The decision to follow (a window replaces it when it opens another dataset). */
void        sw_recovery_set_meeting       (SwRecovery   *self,
                                            SwMeeting   *meeting);
/* The meeting's own file (NULL while it has none). */
void        sw_recovery_set_origin         (SwRecovery   *self,
                                            GFile        *origin);
/* Writes a pending change now. */
gboolean    sw_recovery_flush              (SwRecovery   *self,
                                            GError      **error);
/* Removes the file and forgets a pending change (after a clean quit, a discard). */
void        sw_recovery_discard            (SwRecovery   *self);

/* What a recovery file holds. */
typedef struct
{
  SwMeeting *meeting;   /* the meeting as it was last changed (for sw_meeting_replace()) */
  GFile      *origin;    /* its own file, or NULL for a meeting never saved */
  GDateTime  *changed;   /* when it was last changed (local time) */
} SwRecovered;

void         sw_recovered_free             (SwRecovered  *self);
/* "Team review" (the origin's name) or "Ana, Ben and 1 more" or "" */
char        *sw_recovered_dup_name         (const SwRecovered *self);

/* Reads a recovery file for `dataset`. Returns NULL without an error when there
 * is none; NULL with a one-line error (naming the file, the place and the
 * problem) when it cannot be used. */
SwRecovered *sw_recovery_read              (GFile        *file,
                                            SwDataset    *dataset,
                                            GError      **error);
/* Moves a recovery file that cannot be used out of the way, next to itself
 * ("recovery.stackwise.unreadable"), so it is offered no more but not lost. */
gboolean     sw_recovery_set_aside         (GFile        *file,
                                            GError      **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SwRecovered, sw_recovered_free)

G_END_DECLS
