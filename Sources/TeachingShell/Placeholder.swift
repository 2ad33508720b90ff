public enum TeachingShellPlaceholder {}
