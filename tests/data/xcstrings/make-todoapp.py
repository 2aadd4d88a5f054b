import json
rows = [
 ("AddNewTaskMessage", 1, "Add a new task", "新しいタスクを追加してください"),
 ("Cancel", 0, "Cancel", "キャンセル"),
 ("Comment", 1, "Comments", "コメント"),
 ("Completed", 1, "Completed", "完了"),
 ("Copy", 0, "Copy", "コピー"),
 ("CreatedDate", 1, "Created Date", "作成日時"),
 ("DueDate", 0, "Due Date", "期日"),
 ("DueDateError", 0, "Please select a due date after today", "現在より後の日付を選択してください"),
 ("Edit", 0, "Edit", "編集"),
 ("EditTask", 1, "EditTask", "タスクの編集"),
 ("EnterComment", 1, "Enter a Comment (optional)", "コメントを入力 (任意)"),
 ("EnterTitle", 1, "Enter a Title (required)", "タイトルを入力 (必須)"),
 ("EnterURL", 1, "Enter a URL (optional)", "URLを入力 (任意)"),
 ("InProgress", 1, "In Progress", "進行中"),
 ("invalidURLMessage", 0, "The URL is invalid", "URLが無効です"),
 ("NewTask", 1, "New Task", "新規タスク"),
 ("None", 1, "None", "なし"),
 ("NoTasks", 1, "No Tasks", "タスクがありません"),
 ("NotStarted", 1, "Not Started", "未着手"),
 ("Save", 0, "Save", "保存"),
 ("SelectDate", 0, "Select Date", "日付を選択"),
 ("SelectTask", 1, "Select Task", "タスクを選択してください"),
 ("SelectTime", 0, "Select Time", "時間を選択"),
 ("Status", 0, "Status", "ステータス"),
 ("TaskList", 0, "Task List", "タスクリスト"),
 ("TaskSelectionMessage", 1, "Please select a task from the list on the left or add a new one", "左側のリストからタスクを選択するか、新しいタスクを追加してください"),
 ("Time", 0, "Time", "時間"),
 ("TimeError", 1, "Select a time that is after the current one", "現在より後の時刻を選択してください"),
 ("Title", 1, "Title", "タイトル"),
 ("Updating", 1, "Updating", "アップデート中"),
]
strings = {"": {"shouldTranslate": False}, "*": {"shouldTranslate": False}}
for key, manual, en, ja in rows:
    e = {}
    if manual: e["extractionState"] = "manual"
    e["localizations"] = {
        "en": {"stringUnit": {"state": "translated", "value": en}},
        "ja": {"stringUnit": {"state": "translatedå" if key == "AddNewTaskMessage" else "translated", "value": ja}},
    }
    strings[key] = e
text = json.dumps({"sourceLanguage": "ja", "strings": strings, "version": "1.0"}, indent=2, separators=(",", " : "), ensure_ascii=False)
print(len(text))
open("todoapp.xcstrings", "w", encoding="utf-8").write(text)
