"""Scenarios for caldav-python-client.int.test.ts: the reference Python CalDAV client (python-caldav) against Doable.

Run with the caldav venv's python: `python caldav-python-client.py '<json>'`. The JSON names the stage and what it
needs; the script prints one JSON object with what the client saw, which the test asserts on. Each stage is one
process, as each launch costs about a second.
"""

import json
import sys

import caldav
from caldav.elements import dav
from caldav.lib import error


def vtodo(uid, *lines):
    return "\r\n".join(
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Test//python-caldav//EN", "BEGIN:VTODO", f"UID:{uid}",
         "DTSTAMP:20250101T000000Z", *lines, "END:VTODO", "END:VCALENDAR", ""]
    )


def client_for(args, who="user"):
    return caldav.DAVClient(url=args["url"], username=args[who]["username"], password=args[who]["password"])


def calendar_named(principal, name):
    for calendar in principal.calendars():
        if calendar.get_display_name() == name:
            return calendar
    raise LookupError(f"no calendar {name}")


def unfolded(obj):
    return obj.data.replace("\r\n ", "").replace("\r\n", "\n")


def stage_client(args):
    """Discovery, the calendar list, a task's life, recurrence, alarms, subtasks; a sync token for stage two."""
    out = {}
    with client_for(args) as client:
        principal = client.principal()
        out["principal"] = str(principal.url)
        out["home"] = str(principal.calendar_home_set.url)
        out["calendars"] = [
            {"name": c.get_display_name(), "url": str(c.url), "components": c.get_supported_components()}
            for c in principal.calendars()
        ]
        garden = calendar_named(principal, args["calendar"])

        # A task's life: create, update, complete, delete.
        todo = garden.save_todo(ical=vtodo("py-life", "SUMMARY:Repot the basil", "PRIORITY:1", "CATEGORIES:Herbs",
                                           "DUE:20300105T090000Z"))
        out["created"] = {"url": str(todo.url), "etag": todo.etag}
        todo.load()
        todo.icalendar_component["SUMMARY"] = "Repot the basil and the mint"
        todo.save()
        out["updated_etag"] = todo.etag
        todo.complete()
        out["completed"] = unfolded(garden.todo_by_uid("py-life").load())
        out["open_after_complete"] = [t.icalendar_component.get("UID") for t in garden.todos()]
        todo.load()
        todo.delete()
        try:
            garden.todo_by_uid("py-life")
            out["deleted"] = False
        except error.NotFoundError:
            out["deleted"] = True

        # Completing a recurring task: the client sends STATUS:COMPLETED, Doable makes the next occurrence (stage two
        # lists the series, once the task service has made it).
        fish = garden.save_todo(ical=vtodo("py-fish", "SUMMARY:Feed the fish", "DUE:20300105T090000Z",
                                           "RRULE:FREQ=WEEKLY"))
        fish.complete(handle_rrule=False)

        # An alarm comes back as it went in.
        garden.save_todo(ical=vtodo("py-alarm", "SUMMARY:Call the vet", "DUE:20300107T100000Z", "BEGIN:VALARM",
                                    "ACTION:DISPLAY", "DESCRIPTION:Call the vet", "TRIGGER:-PT30M", "END:VALARM"))
        alarm = garden.todo_by_uid("py-alarm").load()
        out["alarm"] = [
            {"action": str(a.get("ACTION")), "trigger": a["TRIGGER"].to_ical().decode()}
            for a in alarm.icalendar_component.subcomponents if a.name == "VALARM"
        ]

        # A subtask: RELATED-TO;RELTYPE=PARENT names the parent's UID.
        garden.save_todo(ical=vtodo("py-trip", "SUMMARY:Plan the trip"))
        garden.save_todo(ical=vtodo("py-tickets", "SUMMARY:Book the train", "RELATED-TO;RELTYPE=PARENT:py-trip"))
        child = garden.todo_by_uid("py-tickets").load()
        out["subtask_related"] = [line for line in unfolded(child).split("\n") if line.startswith("RELATED-TO")]

        # A full sync-collection; stage two asks for what changed since.
        synced = garden.objects_by_sync_token(load_objects=True, disable_fallback=True)
        out["sync_token"] = synced.sync_token
        out["sync_urls"] = sorted(str(o.url) for o in synced)
        out["calendar_url"] = str(garden.url)

        # A copy the other side will change before stage two saves it.
        stale = garden.save_todo(ical=vtodo("py-stale", "SUMMARY:Sweep the path"))
        stale.load()
        out["stale"] = {"url": str(stale.url), "etag": stale.etag, "data": stale.data}
    return out


def stage_after_web(args):
    """After changes on the web: the sync delta, a save with the stale ETag, and a viewer's save."""
    out = {}
    with client_for(args) as client:
        garden = client.calendar(url=args["calendar_url"])
        delta = garden.objects_by_sync_token(sync_token=args["sync_token"], load_objects=True, disable_fallback=True)
        out["changed"] = sorted(
            ({"url": str(o.url), "summary": str(o.icalendar_component.get("SUMMARY")),
              "status": str(o.icalendar_component.get("STATUS", ""))} for o in delta
             if str(o.url) not in {str(u) for u in delta.deleted_urls}),
            key=lambda c: c["url"],
        )
        out["deleted"] = sorted(str(u) for u in delta.deleted_urls)
        out["new_token_differs"] = delta.sync_token != args["sync_token"]

        out["recurring"] = sorted(
            [{"status": str(t.icalendar_component.get("STATUS", "")), "due": t.icalendar_component["DUE"].to_ical().decode()}
             for t in garden.todos(include_completed=True) if str(t.icalendar_component.get("SUMMARY")) == "Feed the fish"],
            key=lambda t: t["due"],
        )

        stale = caldav.Todo(client=client, url=args["stale"]["url"], data=args["stale"]["data"], parent=garden)
        stale.props[dav.GetEtag.tag] = args["stale"]["etag"]
        stale.icalendar_component["SUMMARY"] = "Sweep the path (phone)"
        try:
            stale.save()
            out["stale_save"] = "saved"
        except error.ETagMismatchError:
            out["stale_save"] = "412"
        out["stale_now"] = str(garden.todo_by_uid("py-stale").load().icalendar_component["SUMMARY"])

    with client_for(args, "viewer") as viewer:
        principal = viewer.principal()
        garden = calendar_named(principal, args["calendar"])
        out["viewer_sees"] = sorted(str(t.icalendar_component["SUMMARY"]) for t in garden.todos())
        try:
            garden.save_todo(ical=vtodo("py-viewer", "SUMMARY:Viewer was here"))
            out["viewer_save"] = "saved"
        except error.AuthorizationError as e:
            out["viewer_save"] = f"refused {e.__class__.__name__}"
        except error.PutError as e:
            out["viewer_save"] = f"refused {e.__class__.__name__}: {e.reason}"
    return out


if __name__ == "__main__":
    arguments = json.loads(sys.argv[1])
    stage = {"client": stage_client, "after-web": stage_after_web}[arguments["stage"]]
    print(json.dumps(stage(arguments)))
