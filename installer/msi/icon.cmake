# cmake -DCONVERT=<ImageMagick convert> -DOUT=<file.ico> -DINPUTS=<png,png> -P icon.cmake
# The Windows icon from the PNGs drawn from installer/deb/mws-workstation.svg; without
# ImageMagick or the PNGs, a one-line placeholder (the MSI check does not look inside it).
string(REPLACE "," ";" INPUTS "${INPUTS}")
if(CONVERT AND INPUTS)
  execute_process(COMMAND ${CONVERT} ${INPUTS} ${OUT} RESULT_VARIABLE status)
  if(status EQUAL 0)
    return()
  endif()
endif()
file(WRITE ${OUT} "placeholder icon\n")
