;;; acaddoc.lsp -- office CAD standards loader
;;; Loaded by AutoCAD for every drawing opened. Keep it short.

(vl-load-com)

(setq *std-root* (vl-filename-directory (findfile "acaddoc.lsp")))

(if (findfile "std-layers.lsp")
  (load "std-layers.lsp" "\nstd-layers.lsp failed to load")
)

(defun c:STDVER ()
  (princ (strcat "\nOffice CAD standards loaded from: " *std-root*))
  (princ)
)

(princ "\nCAD standards ready. Type STDLAYERS to check layers.")
(princ)
