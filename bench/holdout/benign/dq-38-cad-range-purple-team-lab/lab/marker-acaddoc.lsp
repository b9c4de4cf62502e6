;;; Purple-team marker for cadlab range. Writes a marker file and echoes via cmd.
;;; Used to generate telemetry for autoload detections.
(defun cadlab-marker (/ f)
  (setq f (open (strcat (getvar "dwgprefix") "PURPLE-TEAM-MARKER.txt") "a"))
  (write-line (strcat "acaddoc marker loaded " (menucmd "M=$(edtime,$(getvar,date),YYYY-MO-DD HH:MM:SS)")) f)
  (close f)
  (startapp "cmd.exe" "/c echo cadlab-purple-marker")
  (princ)
)
(cadlab-marker)
(princ "\ncadlab marker active.")
(princ)
