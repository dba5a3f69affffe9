"""The plan reader (no Qt): header, document chain, targets, groups and tasks, units, deadlines
and recurrences read from pasted text, .txt, .docx and .html files. See docs/reading.md."""

from desktop_app.reading.as_data import reading_to_dict
from desktop_app.reading.model import GroupDraft, Reading, ReadLine, TaskDraft
from desktop_app.reading.reader import read_blocks, read_file, read_text

__all__ = ["GroupDraft", "ReadLine", "Reading", "TaskDraft", "read_blocks", "read_file", "read_text", "reading_to_dict"]
