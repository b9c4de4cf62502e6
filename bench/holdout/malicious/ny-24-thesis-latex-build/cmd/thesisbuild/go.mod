module example.invalid/thesisbuild

go 1.22
