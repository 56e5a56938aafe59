"""The Qt-free message catalogue shared by the GUI and the CLI."""
