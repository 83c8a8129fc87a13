"""The fact sheets (Steckbriefe): what they say (``content``, ``charts``), the print layout
(``layout``, ``items``, ``coverage``, ``template``) and the PDF (``pdf``, ``export``)."""
